package app.outlay.ui.rules;

import app.outlay.domain.Money;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.rules.RuleFiles;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.rules.RuleService;
import app.outlay.service.tag.TagCount;
import app.outlay.service.tag.TagService;
import app.outlay.text.InvalidInputException;
import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.UserMessages;
import app.outlay.ui.receipts.TagsFieldModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The rules window: the list in order, a form for the chosen (or a new) rule, save, delete, move, switch on and
 * off, test against the ledger, import and export. Every service call runs on the worker ({@link TaskRunner}); no
 * control is touched here, so it is tested without JavaFX started.
 */
public final class RulesViewModel {

    private final RuleService rules;
    private final CategoryService categories;
    /** The ledger's tags, for completion in the tags field; null: no completion. */
    private final TagService tagService;
    private final TaskRunner tasks;
    private final Texts texts;

    private final ObservableList<Rule> list = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> categoryChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Rule> selected = new SimpleObjectProperty<>();

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<MatchType> matchType = new SimpleObjectProperty<>(MatchType.CONTAINS);
    private final StringProperty matchText = new SimpleStringProperty("");
    private final StringProperty amountMin = new SimpleStringProperty("");
    private final StringProperty amountMax = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty(null);
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    /** The tags the rule adds, typed with completion as in the expense dialog (issue 21). */
    private final TagsFieldModel tags;

    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty testResult = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public RulesViewModel(RuleService rules, CategoryService categories, TaskRunner tasks, Texts texts) {
        this(rules, categories, null, tasks, texts);
    }

    public RulesViewModel(RuleService rules, CategoryService categories, TagService tagService, TaskRunner tasks, Texts texts) {
        this.rules = rules;
        this.categories = categories;
        this.tagService = tagService;
        this.tasks = tasks;
        this.texts = texts;
        this.tags = new TagsFieldModel(texts);
        selected.addListener((obs, old, now) -> fillForm(now));
    }

    /** Reads the rules, the categories to choose from and the ledger's tags (for completion). */
    public void load() {
        work(() -> new Loaded(rules.list(), categories.list(),
                tagService == null ? List.of() : tagService.all().stream().map(TagCount::name).toList()), loaded -> {
            categoryChoices.setAll(loaded.categories());
            tags.known().setAll(loaded.tags());
            showRules(loaded.rules(), selected.get() == null ? null : selected.get().id());
        });
    }

    private record Loaded(List<Rule> rules, List<CategoryRow> categories, List<String> tags) {
    }

    /** An empty form for a new rule. */
    public void newRule() {
        selected.set(null);
        fillForm(null);
    }

    /** Saves the form: a new rule at the end, or the chosen one changed. Bad input is named and nothing is saved. */
    public void save() {
        if (!tags.commitTyped()) {
            message.set(tags.errorProperty().get());
            return;
        }
        Rule rule;
        try {
            rule = fromForm();
        } catch (InvalidInputException e) {
            message.set(texts.of(e.explanation()));
            return;
        }
        Rule editing = selected.get();
        work(() -> {
            Rule saved = editing == null ? rules.add(rule) : rules.update(rule);
            return new Saved(saved, rules.list());
        }, saved -> {
            showRules(saved.all(), saved.rule().id());
            message.set(texts.format("rules.saved", saved.rule().label()));
        });
    }

    private record Saved(Rule rule, List<Rule> all) {
    }

    public void delete() {
        Rule rule = selected.get();
        if (rule == null) {
            return;
        }
        work(() -> {
            rules.delete(rule.id());
            return rules.list();
        }, now -> {
            showRules(now, null);
            newRule();
            message.set(texts.format("rules.deleted", rule.label()));
        });
    }

    /** Moves the chosen rule one place up (-1) or down (+1). */
    public void move(int by) {
        Rule rule = selected.get();
        if (rule == null || rule.position() + by < 1 || rule.position() + by > list.size()) {
            return;
        }
        work(() -> rules.move(rule.id(), rule.position() + by), now -> showRules(now, rule.id()));
    }

    /** Switches a rule on or off (the list's check box). */
    public void setEnabled(Rule rule, boolean on) {
        if (rule.enabled() == on) {
            return;
        }
        work(() -> {
            rules.setEnabled(rule.id(), on);
            return rules.list();
        }, now -> showRules(now, selected.get() == null ? null : selected.get().id()));
    }

    /** Counts the expenses the form's rule matches: "matches 143 expenses". */
    public void test() {
        Rule rule;
        try {
            rule = fromForm();
        } catch (InvalidInputException e) {
            message.set(texts.of(e.explanation()));
            return;
        }
        work(() -> rules.countMatches(rule), count -> testResult.set(texts.format("rules.test.result", count)));
    }

    public void importFrom(Path file) {
        work(() -> {
            List<Rule> read = RuleFiles.read(file, name -> categories.list().stream()
                    .filter(c -> c.name().equalsIgnoreCase(name.strip())).map(CategoryRow::id).findFirst().orElse(null));
            rules.addAll(read);
            return new Imported(read.size(), rules.list());
        }, imported -> {
            showRules(imported.all(), null);
            message.set(texts.format("rules.imported", imported.count(), file.getFileName()));
        });
    }

    private record Imported(int count, List<Rule> all) {
    }

    public void exportTo(Path file) {
        work(() -> {
            List<Rule> all = rules.list();
            RuleFiles.write(file, all);
            return all.size();
        }, count -> message.set(texts.format("rules.exported", count, file.getFileName())));
    }

    /** The form as a rule (with the chosen rule's id and version when editing). */
    Rule fromForm() {
        Rule editing = selected.get();
        MatchType type = matchType.get();
        return new Rule(editing == null ? null : editing.id(), editing == null ? 0 : editing.position(), enabled.get(),
                name.get(), type, type == null ? null : matchText.get(), amount(amountMin.get(), "rules.field.amountMin"),
                amount(amountMax.get(), "rules.field.amountMax"), kind.get(), category.get() == null ? null : category.get().id(),
                category.get() == null ? null : category.get().name(), description.get(), note.get(), List.copyOf(tags.tags()),
                editing == null ? 0 : editing.version());
    }

    /** A bound as typed, read as every amount field reads it (in German 1.000 is a thousand). */
    private BigDecimal amount(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Money.Parsed amount = Money.parseBound(text, texts.locale());
        if (!amount.ok()) {
            throw new InvalidInputException(UserText.of("rules.form.badAmount", UserText.of(field), text));
        }
        return amount.value();
    }

    /** A bound as the user writes it (12,50 in German), which {@link #amount} reads back unchanged; "" for none. */
    private String shown(BigDecimal bound) {
        return bound == null ? "" : Money.format(bound, texts.locale());
    }

    private void fillForm(Rule rule) {
        message.set("");
        testResult.set("");
        name.set(rule == null || rule.name() == null ? "" : rule.name());
        matchType.set(rule == null ? MatchType.CONTAINS : rule.matchType());
        matchText.set(rule == null || rule.matchText() == null ? "" : rule.matchText());
        amountMin.set(rule == null ? "" : shown(rule.amountMin()));
        amountMax.set(rule == null ? "" : shown(rule.amountMax()));
        kind.set(rule == null ? null : rule.kind());
        category.set(rule == null || rule.categoryId() == null ? null
                : categoryChoices.stream().filter(c -> c.id() == rule.categoryId()).findFirst().orElse(null));
        description.set(rule == null || rule.description() == null ? "" : rule.description());
        note.set(rule == null || rule.note() == null ? "" : rule.note());
        enabled.set(rule == null || rule.enabled());
        tags.typedProperty().set("");
        tags.fill(rule == null ? List.of() : rule.tags());
    }

    private void showRules(List<Rule> now, Long select) {
        list.setAll(now);
        Rule chosen = select == null ? null : now.stream().filter(r -> r.id().equals(select)).findFirst().orElse(null);
        if (chosen != null) {
            selected.set(chosen);
        }
    }

    /** One rule in the list: "contains 'rewe' → Groceries, description 'Rewe'". */
    public String describe(Rule rule) {
        StringBuilder text = new StringBuilder();
        if (rule.matchType() != null) {
            text.append(texts.format("rules.when." + rule.matchType().name().toLowerCase(Locale.ROOT), rule.matchText()));
        }
        if (rule.amountMin() != null || rule.amountMax() != null) {
            text.append(text.length() > 0 ? ", " : "").append(texts.format("rules.when.amount",
                    shown(rule.amountMin()), shown(rule.amountMax())));
        }
        if (rule.kind() != null) {
            text.append(text.length() > 0 ? ", " : "").append(texts.get("rules.kind." + rule.kind().toLowerCase(Locale.ROOT)));
        }
        text.append(" \u2192 ");
        int start = text.length();
        if (rule.categoryId() != null) {
            text.append(rule.categoryName());
        }
        if (rule.description() != null) {
            text.append(text.length() > start ? ", " : "").append(texts.format("rules.then.description", rule.description()));
        }
        if (rule.note() != null) {
            text.append(text.length() > start ? ", " : "").append(texts.format("rules.then.note", rule.note()));
        }
        if (!rule.tags().isEmpty()) {
            text.append(text.length() > start ? ", " : "").append(texts.format("rules.then.tags", String.join(", ", rule.tags())));
        }
        return text.toString();
    }

    private <T> void work(Callable<T> call, Consumer<T> done) {
        busy.set(true);
        message.set("");
        tasks.run(call, result -> {
            busy.set(false);
            done.accept(result);
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.describe(failure, texts));
        });
    }

    public ObservableList<Rule> rules() {
        return list;
    }

    public ObservableList<CategoryRow> categoryChoices() {
        return categoryChoices;
    }

    public ObjectProperty<Rule> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<MatchType> matchTypeProperty() {
        return matchType;
    }

    public StringProperty matchTextProperty() {
        return matchText;
    }

    public StringProperty amountMinProperty() {
        return amountMin;
    }

    public StringProperty amountMaxProperty() {
        return amountMax;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The tags the rule adds (chips, typed text, completion). */
    public TagsFieldModel tags() {
        return tags;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty testResultProperty() {
        return testResult;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
