package app.outlay.ui.importer;

import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import app.outlay.bankfiles.QifDates;
import app.outlay.service.importing.ImportService;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The first step of the wizard for a structured bank file (OFX, QIF, CAMT.053, MT940), in place of the CSV
 * settings and columns: every line as Outlay will read it, with its kind and category, and for a QIF file whose
 * dates fit both orders the question which order they are in.
 */
final class BankFileStep {

    private final AppState state;
    private final Texts texts;
    private final ImportWizardModel model;
    private final DateTimeFormatter dateFormat;
    private final TableView<ImportService.PreviewLine> table = new TableView<>();
    private final ComboBox<QifDates.Order> dateOrder = new ComboBox<>();

    BankFileStep(AppState state, Texts texts, ImportWizardModel model, DateTimeFormatter dateFormat) {
        this.state = state;
        this.texts = texts;
        this.model = model;
        this.dateFormat = dateFormat;
    }

    /**
     * Shows the step in {@code pane} (the CSV step's): its settings are hidden, its preview table replaced by the
     * bank file's lines; {@code next} waits for a readable file.
     */
    void show(VBox pane, Label caption, TableView<?> csvPreview, Label problem, Button next) {
        for (Node node : pane.getChildren()) {
            if (node != caption && node != problem && node != csvPreview) {
                node.visibleProperty().unbind(); // the encoding note follows the CSV detection: not shown here
                node.managedProperty().unbind();
                node.setVisible(false);
                node.setManaged(false);
            }
        }
        pane.getChildren().set(pane.getChildren().indexOf(csvPreview), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setId("bankPreviewTable");
        table.getStyleClass().add("preview-table");
        table.setAccessibleText(texts.format("a11y.importPreview"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(860, 360); // the window's size comes from its content: no wider than the CSV step
        table.getColumns().setAll(List.of(
                column("import.bank.date", 110, line -> dateFormat.format(line.date())),
                column("import.bank.description", 220, ImportService.PreviewLine::description),
                column("import.bank.amount", 100, line -> state.money().format(line.amount())),
                column("import.bank.kind", 90, line -> texts.format("import.bank.kind." + line.kind().key())),
                column("import.bank.category", 140, line -> line.category() == null ? "" : line.category()),
                column("import.bank.notes", 180, line -> line.notes() == null ? "" : line.notes().replace("\n", " \u00b7 "))));

        HBox askDates = dateOrderQuestion();
        pane.getChildren().add(pane.getChildren().indexOf(problem), askDates);

        String format = model.bankFile().orElseThrow().format().name().replace("CAMT053", "CAMT.053");
        caption.textProperty().bind(Bindings.createStringBinding(() -> model.bankPreviewProperty().get() == null ? ""
                : texts.format("import.bank.caption", format, model.bankPreviewProperty().get().size()), model.bankPreviewProperty()));
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.bankProblemProperty().get() == null ? ""
                : texts.of(model.bankProblemProperty().get()), model.bankProblemProperty()));
        model.bankPreviewProperty().addListener((obs, old, lines) -> table.getItems().setAll(lines == null ? List.of() : lines));
        next.disableProperty().unbind();
        next.disableProperty().bind(model.busyProperty().or(model.bankPreviewProperty().isNull()));
        model.previewBankFile();
    }

    private HBox dateOrderQuestion() {
        dateOrder.getItems().setAll(QifDates.Order.MONTH_FIRST, QifDates.Order.DAY_FIRST);
        dateOrder.setConverter(new StringConverter<>() {
            @Override
            public String toString(QifDates.Order order) {
                return order == null ? "" : texts.format(order == QifDates.Order.DAY_FIRST ? "import.bank.dayFirst" : "import.bank.monthFirst");
            }

            @Override
            public QifDates.Order fromString(String text) {
                return null;
            }
        });
        dateOrder.valueProperty().addListener((obs, old, order) -> {
            if (order != null) {
                model.setDateOrder(order);
            }
        });
        Label question = new Label(texts.format("import.bank.dateOrder"));
        question.setLabelFor(dateOrder);
        HBox box = new HBox(10, question, dateOrder);
        box.getStyleClass().add("profile-bar");
        box.visibleProperty().bind(model.askDateOrderProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private TableColumn<ImportService.PreviewLine, String> column(String key, double width, Function<ImportService.PreviewLine, String> value) {
        TableColumn<ImportService.PreviewLine, String> column = new TableColumn<>(texts.format(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
