package app.outlay.ui.history;

import app.outlay.service.history.HistoryService;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.ViewLoader;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the history of one expense, or of the whole ledger. */
public final class HistoryDialog {

    private static final int LEDGER_LIMIT = 500;

    private HistoryDialog() {
    }

    public static void ofExpense(ViewLoader views, HistoryService history, Window owner, ExpenseRow expense) {
        open(views, owner, HistoryController.title(views.messages(), "history.title.expense", expense.description()),
                () -> history.ofExpense(expense.id()));
    }

    public static void ofLedger(ViewLoader views, HistoryService history, Window owner) {
        open(views, owner, views.messages().getString("history.title.ledger"), () -> history.ofLedger(LEDGER_LIMIT));
    }

    private static void open(ViewLoader views, Window owner, String title,
                             java.util.concurrent.Callable<java.util.List<app.outlay.service.history.ChangeRow>> load) {
        ViewLoader.View<HistoryController> view = views.load(HistoryController.class, "HistoryView.fxml");
        Stage stage = ModalWindows.create(owner, view.root());
        view.controller().start(stage, title, load);
        stage.show();
    }
}
