package app.outlay.ui.main;

import app.outlay.AppContext;
import app.outlay.AppVersion;
import app.outlay.data.Database;
import app.outlay.service.ExpenseFilter;
import app.outlay.ui.expenses.ExpensesController;
import app.outlay.ui.importer.ImportWizard;
import app.outlay.ui.settings.SettingsDialog;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;

import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.util.ResourceBundle;

/** The window's frame: menus, the status bar, and the expense view in the middle. */
public final class MainWindowController {

    private final AppContext context;

    @FXML private ExpensesController expensesController;
    @FXML private Label databaseLabel;
    @FXML private MenuItem newExpenseItem;
    @FXML private MenuItem editExpenseItem;
    @FXML private MenuItem deleteExpenseItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem exportItem;
    @FXML private Label countLabel;
    @FXML private ResourceBundle resources;

    public MainWindowController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        databaseLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Database database = context.activeDatabaseProperty().get();
            return database == null ? resources.getString("status.opening") : database.displayName();
        }, context.activeDatabaseProperty()));
        editExpenseItem.disableProperty().bind(expensesController.nothingSelected());
        deleteExpenseItem.disableProperty().bind(expensesController.nothingSelected());
        newExpenseItem.disableProperty().bind(context.activeDatabaseProperty().isNull());
        importItem.disableProperty().bind(context.activeDatabaseProperty().isNull());
        exportItem.disableProperty().bind(context.activeDatabaseProperty().isNull());
        var ledgerCount = expensesController.model().ledgerCountProperty();
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            long count = ledgerCount.get();
            if (count < 0) {
                return "";
            }
            return count == 1 ? "1 expense in the ledger"
                    : NumberFormat.getIntegerInstance(context.locale()).format(count) + " expenses in the ledger";
        }, ledgerCount));
    }

    public ExpensesController expenses() {
        return expensesController;
    }

    @FXML
    private void onNewExpense() {
        expensesController.onAdd();
    }

    @FXML
    private void onEditExpense() {
        expensesController.onEdit();
    }

    @FXML
    private void onDeleteExpense() {
        expensesController.onDelete();
    }

    @FXML
    private void onFind() {
        expensesController.focusSearch();
    }

    @FXML
    private void onRefresh() {
        expensesController.refresh();
    }

    @FXML
    private void onClearFilters() {
        expensesController.clearFilters();
    }

    @FXML
    private void onImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("import.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(resources.getString("import.chooser.csv"), "*.csv", "*.CSV", "*.txt", "*.TXT"),
                new FileChooser.ExtensionFilter(resources.getString("import.chooser.all"), "*"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            openImport(file.toPath());
        }
    }

    /** Opens the import wizard for a file already chosen (the menu's file chooser, or tests). */
    public void openImport(Path file) {
        ImportWizard.open(context, window(), file, report -> {
            expensesController.model().reloadCategories();
            expensesController.refresh();
            Alert done = new Alert(Alert.AlertType.INFORMATION);
            done.initOwner(window());
            done.setTitle("Outlay");
            done.setHeaderText(MessageFormat.format(resources.getString("import.done.header"), report.imported()));
            done.setContentText(MessageFormat.format(resources.getString("import.done.text"), report.duplicates(),
                    report.incoming(), report.skippedLines(), String.join(", ", report.newCategories())));
            done.getDialogPane().getStyleClass().add("outlay-alert");
            done.show();
        });
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(resources.getString("export.chooser.title"));
        chooser.setInitialFileName("outlay-expenses.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(resources.getString("import.chooser.csv"), "*.csv"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes what the list shows (its filters, not only the rows loaded) to {@code file}, in the background. */
    public void exportTo(Path file) {
        ExpenseFilter filter = expensesController.model().filter();
        context.tasks().run(resources.getString("export.failed"), () -> context.exports().export(filter, file), count -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION);
            done.initOwner(window());
            done.setTitle("Outlay");
            done.setHeaderText(MessageFormat.format(resources.getString("export.done"), count, file.getFileName()));
            done.setContentText(file.toAbsolutePath().toString());
            done.getDialogPane().getStyleClass().add("outlay-alert");
            done.show();
        });
    }

    private Window window() {
        return databaseLabel.getScene().getWindow();
    }

    @FXML
    private void onSettings() {
        SettingsDialog.open(context, databaseLabel.getScene().getWindow(), null, () -> { }, () -> { });
    }

    @FXML
    private void onQuit() {
        Platform.exit();
    }

    @FXML
    private void onAbout() {
        Database database = context.activeDatabaseProperty().get();
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(databaseLabel.getScene().getWindow());
        about.setTitle(resources.getString("menu.help.about").replace("_", ""));
        about.setHeaderText("Outlay " + AppVersion.get());
        about.setContentText("An expense tracker that keeps your data safe.\n\n"
                + "Database: " + (database == null ? "not open" : database.displayName()) + "\n"
                + "Data folder: " + context.paths().dataDir() + "\n"
                + "Licence: Apache License 2.0");
        about.showAndWait();
    }
}
