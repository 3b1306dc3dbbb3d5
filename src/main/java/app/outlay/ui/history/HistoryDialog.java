package app.outlay.ui.history;

import app.outlay.AppContext;
import app.outlay.service.ExpenseRow;
import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the history of one expense, or of the whole ledger. */
public final class HistoryDialog {

    private static final int LEDGER_LIMIT = 500;

    private HistoryDialog() {
    }

    public static void ofExpense(AppContext context, Window owner, ExpenseRow expense) {
        open(context, owner, HistoryController.title(context.views().messages(), "history.title.expense", expense.description()),
                () -> context.history().ofExpense(expense.id()));
    }

    public static void ofLedger(AppContext context, Window owner) {
        open(context, owner, context.views().messages().getString("history.title.ledger"),
                () -> context.history().ofLedger(LEDGER_LIMIT));
    }

    private static void open(AppContext context, Window owner, String title,
                             java.util.concurrent.Callable<java.util.List<app.outlay.service.ChangeRow>> load) {
        ViewLoader.View<HistoryController> view = context.views().load(HistoryController.class, "HistoryView.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        view.controller().start(stage, title, load);
        stage.show();
    }
}
