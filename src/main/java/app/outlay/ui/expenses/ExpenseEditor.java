package app.outlay.ui.expenses;

import app.outlay.domain.MoneyFormat;
import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.rates.RateService;
import app.outlay.service.rules.RuleService;
import app.outlay.service.tag.TagService;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens the expense dialog, for a new expense or to edit one (built once by the composition root). */
public final class ExpenseEditor {

    /**
     * What the dialog's controller works with: the services and state it uses, no more (the composition root builds
     * it). A feature that gives the dialog a new service adds it here.
     */
    public record Services(ExpenseService expenses, CategoryService categories, RuleService rules, TagService tags,
                           AttachmentService attachments, RateService rates, TaskRunner tasks, DialogService dialogs, AppState state,
                           Texts texts) {

        MoneyFormat money() {
            return state.money();
        }

        Locale locale() {
            return state.locale();
        }
    }

    private final ViewLoader views;

    /** @param views loads the dialog; its controller factory builds {@link ExpenseEditorController} from {@link Services} */
    public ExpenseEditor(ViewLoader views) {
        this.views = views;
    }

    /**
     * @param existing   the expense to edit, or null for a new one
     * @param onSaved    called on the FX thread with the saved expense
     * @param onCategory called when the dialog created a category
     */
    public void open(Window owner, ExpenseRow existing, List<CategoryRow> categories, Consumer<ExpenseRow> onSaved,
                     Consumer<CategoryRow> onCategory) {
        ViewLoader.View<ExpenseEditorController> view = views.load(ExpenseEditorController.class, "ExpenseEditor.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        stage.setResizable(false);
        view.controller().start(stage, existing, categories, onSaved, onCategory);
        view.controller().fitOnScreen();
        stage.show();
        view.controller().fitOnScreen(); // shown centred on its owner: moved up if its bottom left the screen
    }
}
