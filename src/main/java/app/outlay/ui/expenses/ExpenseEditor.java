package app.outlay.ui.expenses;

import app.outlay.AppContext;
import app.outlay.service.CategoryRow;
import app.outlay.service.ExpenseRow;
import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/** Opens the expense dialog, for a new expense or to edit one. */
public final class ExpenseEditor {

    private ExpenseEditor() {
    }

    /**
     * @param existing   the expense to edit, or null for a new one
     * @param onSaved    called on the FX thread with the saved expense
     * @param onCategory called when the dialog created a category
     */
    public static void open(AppContext context, Window owner, ExpenseRow existing, List<CategoryRow> categories,
                            Consumer<ExpenseRow> onSaved, Consumer<CategoryRow> onCategory) {
        ViewLoader.View<ExpenseEditorController> view = context.views().load(ExpenseEditorController.class, "ExpenseEditor.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        stage.setResizable(false);
        view.controller().start(stage, existing, categories, onSaved, onCategory);
        stage.show();
    }
}
