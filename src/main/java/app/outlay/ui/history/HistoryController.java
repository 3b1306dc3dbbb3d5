package app.outlay.ui.history;

import app.outlay.service.history.ChangeRow;
import app.outlay.ui.common.AppState;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/** The history of one expense or of the whole ledger: when, who (user and computer), and what changed. */
public final class HistoryController {

    private final HistoryViewModel model;
    private final AppState state;
    private Stage stage;

    @FXML private Label heading;
    @FXML private TableView<ChangeRow> table;
    @FXML private TableColumn<ChangeRow, ChangeRow> whenColumn;
    @FXML private TableColumn<ChangeRow, ChangeRow> whoColumn;
    @FXML private TableColumn<ChangeRow, ChangeRow> whatColumn;
    @FXML private Label countLabel;
    @FXML private ResourceBundle resources;

    public HistoryController(HistoryViewModel model, AppState state) {
        this.model = model;
        this.state = state;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(state.locale())
                .withZone(ZoneId.systemDefault());
        whenColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        whenColumn.setCellFactory(column -> cell(change -> when.format(change.changedAt())));
        whoColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        whoColumn.setCellFactory(column -> cell(model::who));
        whatColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        whatColumn.setCellFactory(column -> cell(model::what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(resources.getString("history.empty")));
        table.setItems(model.changes());
        countLabel.textProperty().bind(model.countProperty());
    }

    void start(Stage dialogStage, String title, Callable<List<ChangeRow>> load) {
        this.stage = dialogStage;
        heading.setText(title);
        stage.setTitle(title);
        model.load(load);
    }

    static String title(ResourceBundle texts, String key, Object... arguments) {
        return MessageFormat.format(texts.getString(key), arguments);
    }

    @FXML
    private void onClose() {
        stage.close();
    }

    private static TableCell<ChangeRow, ChangeRow> cell(java.util.function.Function<ChangeRow, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(ChangeRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
