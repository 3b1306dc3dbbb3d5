package app.outlay.ui.categories;

import app.outlay.domain.Money;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.CategorySummary;
import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.LatestAnswer;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The categories screen's state and commands: the categories with their budgets and counts, the one selected, and
 * add, rename, recolour, budget, merge and delete. Each change runs through the {@link TaskRunner}; on success every
 * view of the ledger reloads ({@link AppState#ledgerChanged}). What the user typed is checked here, first.
 */
public final class CategoriesViewModel {

    private final CategoryService categories;
    private final AppState state;
    private final TaskRunner tasks;
    private final Texts texts;
    private final ObservableList<CategorySummary> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CategorySummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetTotal = new ReadOnlyStringWrapper("");
    private final LatestAnswer answers = new LatestAnswer();

    public CategoriesViewModel(CategoryService categories, AppState state, TaskRunner tasks, Texts texts) {
        this.categories = categories;
        this.state = state;
        this.tasks = tasks;
        this.texts = texts;
    }

    /** Reads the categories again; the one selected stays selected. A slower, older answer never overwrites a newer. */
    public void reload() {
        Long selectedId = selected.get() == null ? null : selected.get().id();
        tasks.run(texts.get("categories.failed.load"), categories::summaries, answers.ask().ifLatest(summaries -> {
            rows.setAll(summaries);
            selected.set(summaries.stream().filter(c -> Objects.equals(c.id(), selectedId)).findFirst().orElse(null));
            // Spending budgets only: one an older Outlay let an income category have is not a limit on spending.
            List<BigDecimal> budgets = summaries.stream().filter(c -> !c.income()).map(CategorySummary::monthlyBudget)
                    .filter(Objects::nonNull).toList();
            summary.set(texts.format("categories.summary", summaries.size(), budgets.size()));
            budgetTotal.set(state.money().format(budgets.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        }));
    }

    /** A new category named {@code name} (already checked not blank by the dialog). */
    public void add(String name) {
        change("categories.failed.create", () -> categories.create(name, null));
    }

    /** Renames the selected category; the same name again changes nothing. */
    public void rename(String name) {
        CategorySummary category = selected.get();
        if (category != null && !name.equals(category.name())) {
            change("categories.failed.rename", () -> categories.rename(category.id(), name));
        }
    }

    /** Gives the selected category the colour {@code hex} (#rrggbb); its own colour again changes nothing. */
    public void recolour(String hex) {
        CategorySummary category = selected.get();
        if (category != null && !hex.equals(category.colour())) {
            change("categories.failed.colour", () -> categories.recolour(category.id(), hex));
        }
    }

    /** The selected category's budget as the budget field starts: written as the user would type it, or empty. */
    public String budgetForEditing() {
        CategorySummary category = selected.get();
        return category == null || category.monthlyBudget() == null ? "" : state.money().forEditing(category.monthlyBudget());
    }

    /** What is wrong with {@code typed} as a budget, or null: empty means "no budget". */
    public UserText budgetProblem(String typed) {
        return typed.isBlank() ? null : state.money().parse(typed).problem();
    }

    /** Sets the selected category's monthly budget to {@code typed} (empty: none); refused text changes nothing. */
    public void setBudget(String typed) {
        CategorySummary category = selected.get();
        if (category == null || budgetProblem(typed) != null) {
            return;
        }
        Money.Parsed parsed = typed.isBlank() ? null : state.money().parse(typed);
        BigDecimal budget = parsed == null ? null : parsed.value();
        change("categories.failed.budget", () -> {
            categories.setBudget(category.id(), budget);
            return category;
        });
    }

    /**
     * The categories {@code from}'s entries can move into (merge, or delete with entries): the others of its own side.
     * Income and spending never mix (the service refuses it), so offering the other side only led to a refusal.
     */
    public List<CategorySummary> movesInto(CategorySummary from) {
        return rows.stream().filter(c -> c.id() != from.id() && c.income() == from.income()).toList();
    }

    /** What the merge dialog says: how many entries move (none, one, some), or that there is nowhere to move them. */
    public String mergeQuestion(CategorySummary from) {
        if (movesInto(from).isEmpty()) {
            return noTarget(from);
        }
        return texts.format(from.income() ? "categories.merge.question.income" : "categories.merge.question",
                from.expenseCount(), from.name());
    }

    /** What the delete dialog of a category with entries says (one without is only confirmed). */
    public String deleteQuestion(CategorySummary from) {
        if (movesInto(from).isEmpty()) {
            return noTarget(from);
        }
        return texts.format(from.income() ? "categories.delete.question.income" : "categories.delete.question",
                from.expenseCount(), from.name());
    }

    private String noTarget(CategorySummary from) {
        return texts.format(from.income() ? "categories.move.none.income" : "categories.move.none", from.name());
    }

    /** Moves the selected category's expenses into {@code into} and removes it. */
    public void merge(CategorySummary into) {
        CategorySummary from = selected.get();
        if (from != null && into != null && into.id() != from.id()) {
            change("categories.failed.merge", () -> categories.merge(from.id(), into.id()));
        }
    }

    /** Deletes the selected category; its expenses, if any, move to {@code into} (null only for an unused one). */
    public void delete(CategorySummary into) {
        CategorySummary category = selected.get();
        if (category == null) {
            return;
        }
        change("categories.failed.delete", () -> {
            categories.delete(category.id(), into == null ? null : into.id());
            return category;
        });
    }

    /** Runs a change in the background; on success every view of the ledger reloads. */
    private <T> void change(String whatFailed, Callable<T> work) {
        tasks.run(texts.get(whatFailed), work, result -> state.ledgerChanged());
    }

    public ObservableList<CategorySummary> categories() {
        return rows;
    }

    /** The category the user chose in the table (the controller keeps both in step). */
    public ObjectProperty<CategorySummary> selectedProperty() {
        return selected;
    }

    /** "12 categories, 3 with a budget". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The monthly budgets added up, in the ledger's currency. */
    public ReadOnlyStringProperty budgetTotalProperty() {
        return budgetTotal.getReadOnlyProperty();
    }
}
