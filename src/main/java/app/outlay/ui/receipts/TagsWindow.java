package app.outlay.ui.receipts;

import app.outlay.service.tag.TagCount;
import app.outlay.service.tag.TagService;
import app.outlay.service.tag.TagTotal;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.ModalWindows;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ResourceBundle;

/** The Tags window (View ▸ Tags): rename, merge and delete tags, and the report by tag for a period. */
public final class TagsWindow {

    private TagsWindow() {
    }

    public static void open(TagService tags, TaskRunner tasks, AppState state, Texts texts, Window owner) {
        ResourceBundle resources = texts.bundle();
        TagsViewModel model = new TagsViewModel(tags, tasks, texts, LocalDate.now());
        model.onChanged(state::ledgerChanged); // the list's chips, its tag filter, the reports

        ListView<TagCount> list = new ListView<>(model.tags());
        list.setId("tagList");
        list.setPrefHeight(240); // with the report and Close below, the window stays within an 800-pixel screen
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TagCount tag, boolean empty) {
                super.updateItem(tag, empty);
                setText(empty || tag == null ? null : model.label(tag));
            }
        });
        Button rename = new Button(resources.getString("tags.rename"));
        rename.setId("renameTagButton");
        Button merge = new Button(resources.getString("tags.merge"));
        merge.setId("mergeTagButton");
        Button delete = new Button(resources.getString("tags.delete"));
        delete.setId("deleteTagButton");
        for (Button button : new Button[] {rename, merge, delete}) {
            button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
            button.setMaxWidth(Double.MAX_VALUE);
        }
        Stage[] stage = new Stage[1];
        // Its questions belong to this window, not the main one: an alert owned by the main window could leave this
        // (modal) window behind the main one once it closes (seen under X without a window manager).
        DialogService ownDialogs = new DialogService(() -> stage[0], () -> texts);
        rename.setOnAction(event -> {
            TagCount tag = list.getSelectionModel().getSelectedItem();
            TextInputDialog dialog = new TextInputDialog(tag.name());
            DialogService.useOwnButtons(dialog, texts);
            dialog.initOwner(stage[0]);
            dialog.setTitle(resources.getString("tags.rename"));
            dialog.setHeaderText(MessageFormat.format(resources.getString("tags.rename.question"), tag.name()));
            dialog.showAndWait().ifPresent(name -> model.rename(tag, name));
        });
        merge.setOnAction(event -> {
            TagCount tag = list.getSelectionModel().getSelectedItem();
            var others = model.tags().stream().filter(t -> t.id() != tag.id()).toList();
            if (others.isEmpty()) {
                return;
            }
            var names = others.stream().map(TagCount::name).toList();
            ChoiceDialog<String> dialog = new ChoiceDialog<>(names.get(0), names);
            DialogService.useOwnButtons(dialog, texts);
            dialog.initOwner(stage[0]);
            dialog.setTitle(resources.getString("tags.merge"));
            dialog.setHeaderText(MessageFormat.format(resources.getString("tags.merge.question"), tag.name()));
            dialog.showAndWait().ifPresent(into -> model.merge(tag, others.get(names.indexOf(into))));
        });
        delete.setOnAction(event -> {
            TagCount tag = list.getSelectionModel().getSelectedItem();
            if (ownDialogs.confirm(MessageFormat.format(resources.getString("tags.delete.question"), tag.name()),
                    model.deleteDetail(tag), resources.getString("tags.delete"))) {
                model.delete(tag);
            }
        });
        VBox buttons = new VBox(8, rename, merge, delete);
        HBox manage = new HBox(10, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);

        DatePicker from = new DatePicker();
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.valueProperty().bindBidirectional(model.toProperty());
        from.valueProperty().addListener((obs, old, now) -> model.reload());
        to.valueProperty().addListener((obs, old, now) -> model.reload());
        HBox period = new HBox(8, new Label(resources.getString("tags.report.from")), from,
                new Label(resources.getString("tags.report.to")), to);
        period.setAlignment(Pos.CENTER_LEFT);
        TableView<TagTotal> report = new TableView<>(model.totals());
        report.setId("tagReport");
        TableColumn<TagTotal, String> tagColumn = new TableColumn<>(resources.getString("tags.report.tag"));
        tagColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().tag()));
        TableColumn<TagTotal, Long> countColumn = new TableColumn<>(resources.getString("tags.report.expenses"));
        countColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().expenses()));
        TableColumn<TagTotal, String> totalColumn = new TableColumn<>(resources.getString("tags.report.total"));
        totalColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(state.money().format(cell.getValue().total())));
        totalColumn.getStyleClass().add("amount");
        report.getColumns().setAll(java.util.List.of(tagColumn, countColumn, totalColumn));
        report.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        report.setPrefHeight(220);
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.messageProperty());
        Label reportHeading = new Label(resources.getString("tags.report.heading"));
        reportHeading.getStyleClass().add("editor-heading");

        Button close = new Button(resources.getString("tags.close"));
        close.setId("closeTagsButton");
        close.setCancelButton(true);
        close.setOnAction(event -> stage[0].close());
        HBox closeRow = new HBox(close);
        closeRow.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, manage, reportHeading, period, report, message, closeRow);
        root.setPadding(new Insets(18));
        root.setPrefWidth(620);
        stage[0] = ModalWindows.create(owner, root);
        stage[0].setTitle(resources.getString("tags.title"));
        // Escape closes it from anywhere: the tag list takes Escape for itself, so Close as cancel button is not enough.
        stage[0].getScene().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !from.isShowing() && !to.isShowing()) {
                event.consume();
                stage[0].close();
            }
        });
        model.reload();
        stage[0].show();
    }
}
