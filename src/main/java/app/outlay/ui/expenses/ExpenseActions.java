package app.outlay.ui.expenses;

import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.service.rules.RuleService;
import app.outlay.service.history.UndoRefusedException;
import app.outlay.service.history.UndoService;
import app.outlay.text.Explained;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.receipts.RowExtrasModel;
import app.outlay.ui.rules.ApplyRulesDialog;
import app.outlay.ui.rules.ApplyRulesViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.File;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the user does to the expenses in the list: add, edit, delete, undo, apply the rules, attach dropped files;
 * and the notice that says which recurring expenses were added. Each change is announced through {@code changed},
 * which reloads the list and tells the other views.
 */
public final class ExpenseActions {

    /** Reloads after this view changed the ledger, tells the other views, then runs the given step. */
    interface Changed {
        void reloadThen(Runnable afterwards);
    }

    /** What the actions work with: the services and state they use, no more (the composition root builds it). */
    public record Services(ExpenseService expenses, UndoService undo, RecurrenceService recurrences, AttachmentService attachments,
                           RuleService rules, RuleApplyService ruleApply, ExpenseEditor editor, TaskRunner tasks, DialogService dialogs,
                           AppState state, Texts texts) {
    }

    private final Services services;
    private final AppState state;
    private final ExpenseFiltersViewModel filters;
    private final ExpenseTable table;
    private final ResourceBundle resources;
    private final Changed changed;
    private final Consumer<String> notice;
    private final DateTimeFormatter dateFormat;
    /** The next undo, read from the change log (so it survives a restart); null label when there is none. */
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper undoPossible = new ReadOnlyBooleanWrapper();
    private Long undoBatch;

    ExpenseActions(Services services, ExpenseFiltersViewModel filters, ExpenseTable table, ResourceBundle resources, Changed changed,
                   Consumer<String> notice) {
        this.services = services;
        this.state = services.state();
        this.filters = filters;
        this.table = table;
        this.resources = resources;
        this.changed = changed;
        this.notice = notice;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(state.locale());
    }

    void add() {
        if (!databaseOpen() || state.readOnly().get()) {
            return;
        }
        services.editor().open(table.window(), null, filters.categories(), saved -> {
            showSaved(saved);
            if (saved.isRecurring()) {
                showFilledIn(saved);
            }
        }, created -> filters.reloadCategories());
    }

    void edit(ExpenseRow row) {
        if (state.readOnly().get()) {
            return;
        }
        services.editor().open(table.window(), row, filters.categories(), saved -> {
            showSaved(saved);
            if (!row.isRecurring() && saved.isRecurring()) {
                showFilledIn(saved);
            }
        }, created -> filters.reloadCategories());
    }

    void delete(List<ExpenseRow> rows) {
        if (rows.isEmpty() || !databaseOpen() || state.readOnly().get()) {
            return;
        }
        String header;
        String what;
        if (rows.size() == 1) {
            ExpenseRow row = rows.get(0);
            header = resources.getString("delete.one.header");
            what = text("delete.one.text", row.description(), state.money().format(row.amount()), dateFormat.format(row.date()));
        } else {
            BigDecimal total = rows.stream().map(ExpenseRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            header = text("delete.many.header", rows.size());
            what = text("delete.many.text", rows.size(), state.money().format(total));
        }
        if (!services.dialogs().confirm(header, what + "\n\n" + resources.getString("delete.undoHint"),
                resources.getString("delete.action"))) {
            return;
        }
        int index = table.selectedIndex();
        services.tasks().run(resources.getString("delete.failed"), () -> {
            services.expenses().deleteAll(rows.stream().map(ExpenseRow::id).toList());
            return rows;
        }, deleted -> changed.reloadThen(() -> table.selectNear(index)));
    }

    /** Reverses the newest change to expenses made here (Ctrl+Z), also one made before a restart. */
    void undo() {
        Long batch = undoBatch;
        if (batch == null || state.readOnly().get()) {
            return;
        }
        undoBatch = null;
        undoPossible.set(false);
        undoLabel.set(null);
        services.tasks().run(() -> services.undo().undo(batch), done -> changed.reloadThen(table::focus), failure -> {
            refreshUndo();
            if (failure instanceof UndoRefusedException || failure instanceof ChangedElsewhereException) {
                // Not a failure: the change is not this window's to undo (any more). Say so plainly.
                services.dialogs().inform(resources.getString("undo.failed"), services.texts().of(((Explained) failure).explanation()));
            } else {
                services.dialogs().showError(resources.getString("undo.failed"), failure);
            }
        });
    }

    /** Reads the next undo again (after any change). */
    void refreshUndo() {
        services.tasks().run(() -> services.undo().next(), next -> {
            undoBatch = next.filter(UndoService.UndoStep::possible).map(UndoService.UndoStep::batchId).orElse(null);
            undoPossible.set(undoBatch != null);
            undoLabel.set(next.map(step -> services.texts().of(step.text())).orElse(null));
        }, failure -> {
            undoPossible.set(false);
            undoLabel.set(null);
        });
    }

    /** Whether Ctrl+Z has something to undo now (the label may still say why not). */
    ReadOnlyBooleanProperty undoPossibleProperty() {
        return undoPossible.getReadOnlyProperty();
    }

    /** The menu text of the next undo, or null when there is nothing to undo. */
    ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    /** Previews what the rules would change among the expenses the filters show; applied, it is one undo step. */
    void applyRules() {
        var applyModel = new ApplyRulesViewModel(services.rules(), services.ruleApply(), services.tasks(), services.texts());
        ApplyRulesDialog.open(applyModel, state.money(), services.texts(), table.window(), filters.filter(),
                () -> changed.reloadThen(() -> { }));
    }

    /** Attaches files dropped on a row (issue 21); the row's paperclip shows at once. */
    void attach(ExpenseRow row, List<File> files, RowExtrasModel extras) {
        services.tasks().run(() -> {
            for (File file : files) {
                services.attachments().attach(row.id(), file.toPath());
            }
            return row;
        }, attached -> {
            extras.load(List.of(attached.id()));
            state.ledgerChanged();
        }, failure -> services.dialogs().showError(resources.getString("receipts.failed.attach"), failure));
    }

    /** Says which recurring expenses were just added (at start, at midnight, or by saving a series that started earlier). */
    void showRecurringAdded(List<ExpenseRow> created) {
        if (created.isEmpty()) {
            return;
        }
        String list = created.stream().limit(4)
                .map(row -> text("recurring.item", row.description(), row.date().format(dateFormat), state.money().format(row.amount())))
                .collect(Collectors.joining(" \u00b7 "));
        notice.accept(created.size() > 4
                ? text("recurring.added.more", created.size(), list, created.size() - 4)
                : text("recurring.added", created.size(), list));
    }

    /** After a save: reload, then select the saved row so the user sees where it went. */
    private void showSaved(ExpenseRow saved) {
        changed.reloadThen(() -> table.showSaved(saved));
    }

    /**
     * A series just started with its first expense in the past: the save filled in the occurrences due since
     * (the service did, in the same transaction). Tell the user which, as at start.
     */
    private void showFilledIn(ExpenseRow first) {
        services.tasks().run(resources.getString("recurring.failed"),
                () -> services.recurrences().occurrencesBesides(first.seriesId(), first.id()), this::showRecurringAdded);
    }

    private boolean databaseOpen() {
        return state.ledgerProperty().get() != null;
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in the window's language. */
    private String text(String key, Object... arguments) {
        return new MessageFormat(resources.getString(key), state.locale()).format(arguments);
    }
}
