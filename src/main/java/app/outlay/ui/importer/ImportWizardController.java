package app.outlay.ui.importer;

import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.ui.common.AppState;
import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.TaskRunner;
import app.outlay.ui.common.TextAreaKeys;
import app.outlay.ui.common.UserMessages;
import app.outlay.csv.Column;
import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.csv.CsvRecord;
import app.outlay.csv.DateFormats;
import app.outlay.csv.Encodings;
import app.outlay.csv.Detection;
import app.outlay.csv.FileTotals;
import app.outlay.csv.ImportProfile;
import app.outlay.csv.LineInterpreter;
import app.outlay.csv.StatementLine;
import app.outlay.rules.AutoFill;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.MoneyIn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The import wizard: step 1 shows what was detected (each setting changeable), the column mapping and a preview of
 * how Outlay reads the first lines; step 2 checks every line and lets the user decide about rejected lines,
 * duplicates and categories before importing all of it.
 */
public final class ImportWizardController {

    private static final String NONE = "\u2014";
    /** The "no thousands separator" choice (a combo box cannot show a null item). */
    private static final Character NO_THOUSANDS = '\0';

    private final AppState state;
    private final CategoryService categories;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Texts texts;
    private final DateTimeFormatter dateFormat;
    private ImportWizardModel model;
    private MoneyInChoices moneyIn;
    private Stage stage;
    private Consumer<ImportReport> onImported;
    private List<CategoryRow> ledgerCategories = List.of();
    private boolean updating;

    /** The width of one column's name and choice in the mapping ("Buchungstag" and its arrow whole). */
    private static final double MAPPING_TILE = 150;

    @FXML private Label stepLabel;
    @FXML private Label headingLabel;
    @FXML private Label fileLabel;
    @FXML private Label waitingLabel;
    @FXML private VBox formatPane;
    @FXML private VBox checkPane;
    @FXML private HBox profileBar;
    @FXML private ComboBox<String> profileBox;
    @FXML private Label profileNote;
    @FXML private ComboBox<Charset> encodingBox;
    @FXML private Label encodingNote;
    @FXML private ComboBox<Character> delimiterBox;
    @FXML private CheckBox headerBox;
    @FXML private Label quoteLabel;
    @FXML private ComboBox<Character> decimalBox;
    @FXML private ComboBox<Character> thousandsBox;
    @FXML private ComboBox<String> dateFormatBox;
    @FXML private ComboBox<CsvFormat.AmountSign> signBox;
    @FXML private javafx.scene.layout.FlowPane mappingGrid;
    @FXML private Label formatError;
    @FXML private Label previewCaption;
    @FXML private TableView<CsvRecord> previewTable;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label summaryLabel;
    @FXML private Label detailLabel;
    @FXML private VBox rejectedBox;
    @FXML private Label rejectedCaption;
    @FXML private TableView<StatementLine.Rejected> rejectedTable;
    @FXML private TableColumn<StatementLine.Rejected, Long> rejectedLineColumn;
    @FXML private TableColumn<StatementLine.Rejected, String> rejectedFieldColumn;
    @FXML private TableColumn<StatementLine.Rejected, String> rejectedValueColumn;
    @FXML private TableColumn<StatementLine.Rejected, String> rejectedReasonColumn;
    @FXML private CheckBox skipRejectedBox;
    @FXML private CheckBox keepDuplicatesBox;
    @FXML private VBox moneyInBox;
    @FXML private ComboBox<MoneyIn> moneyInModeBox;
    @FXML private GridPane moneyInGrid;
    @FXML private VBox categoriesBox;
    @FXML private GridPane categoriesGrid;
    @FXML private TextArea rulesArea;
    @FXML private Label rulesError;
    @FXML private CheckBox saveProfileBox;
    @FXML private TextField profileNameField;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button importButton;
    @FXML private ResourceBundle resources;

    public ImportWizardController(AppState state, CategoryService categories, TaskRunner tasks, DialogService dialogs, Texts texts) {
        this.state = state;
        this.categories = categories;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(state.locale());
    }

    @FXML
    private void initialize() {
        encodingBox.getItems().setAll(Encodings.choices());
        encodingBox.setConverter(converter(Charset::name));
        encodingBox.setVisibleRowCount(16);
        delimiterBox.getItems().setAll(',', ';', '\t', '|');
        delimiterBox.setConverter(converter(c -> text("import.delimiter." + CsvFormat.describeChar(c).replace("|", "pipe")
                .replace(",", "comma").replace(";", "semicolon"))));
        decimalBox.getItems().setAll(',', '.');
        decimalBox.setConverter(converter(c -> text(c == ',' ? "import.decimal.comma" : "import.decimal.point")));
        thousandsBox.getItems().setAll(NO_THOUSANDS, '.', ',', ' ', '\'');
        thousandsBox.setConverter(converter(c -> text("import.thousands." + switch (c == null ? NO_THOUSANDS : c) {
            case '.' -> "point";
            case ',' -> "comma";
            case ' ' -> "space";
            case '\'' -> "apostrophe";
            default -> "none";
        })));
        dateFormatBox.getItems().setAll(DateFormats.COMMON);
        signBox.getItems().setAll(CsvFormat.AmountSign.values());
        signBox.setConverter(converter(s -> text(s == CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE ? "import.sign.negative" : "import.sign.positive")));
        quoteLabel.setText(text("import.quotes.value"));

        rejectedLineColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        rejectedFieldColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().field() == null ? NONE
                : text("import.column." + c.getValue().field())));
        rejectedValueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value() == null ? NONE : c.getValue().value()));
        rejectedReasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(texts.of(c.getValue().why())));
        rejectedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        profileNameField.disableProperty().bind(saveProfileBox.selectedProperty().not());
    }

    /** Called once the view is loaded: reads the file's start and shows step 1. */
    void start(Stage stage, ImportWizardModel model, Consumer<ImportReport> onImported) {
        this.stage = stage;
        this.model = model;
        this.moneyIn = new MoneyInChoices(state, model, resources, moneyInBox, moneyInModeBox, moneyInGrid, this::recheck);
        this.onImported = onImported;
        fileLabel.setText(model.file().getFileName().toString());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        encodingNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.encodingNoteProperty().get() == null
                ? "" : texts.of(model.encodingNoteProperty().get()), model.encodingNoteProperty()));
        encodingNote.visibleProperty().bind(encodingNote.textProperty().isNotEmpty());
        encodingNote.managedProperty().bind(encodingNote.visibleProperty());
        nextButton.disableProperty().bind(model.busyProperty());

        Detection detected = model.detected();
        if (!detected.ok() && model.bankFile().isEmpty()) {
            showStep(1);
            formatError.setText(texts.of(detected.problem()));
            formatPane.getChildren().forEach(n -> n.setDisable(n != formatError));
            formatError.setDisable(false);
            nextButton.disableProperty().unbind();
            nextButton.setDisable(true);
            return;
        }
        List<ImportProfile> saved = model.profiles();
        profileBox.getItems().setAll(text("import.profile.none"));
        saved.forEach(p -> profileBox.getItems().add(p.name()));
        model.matchedProfile().ifPresentOrElse(profile -> {
            profileBox.setValue(profile.name());
            profileNote.setText(format("import.profile.matched", profile.name()));
            profileNameField.setText(profile.name());
            rulesArea.setText(ImportWizardModel.rulesText(profile.rules()));
        }, () -> {
            profileBox.getSelectionModel().select(0);
            profileNote.setText(describeDetection(detected));
            String stem = model.file().getFileName().toString().replaceFirst("\\.[^.]*$", "");
            profileNameField.setText(stem);
        });
        profileBox.valueProperty().addListener((obs, old, name) -> {
            ImportProfile profile = saved.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            if (!updating && profile != null) {
                model.apply(profile);
                rulesArea.setText(ImportWizardModel.rulesText(profile.rules()));
                profileNameField.setText(profile.name());
                profileNote.setText(format("import.profile.applied", profile.name()));
                showFormat();
            }
        });

        encodingBox.valueProperty().addListener((obs, old, value) -> change(f -> f.withEncoding(value)));
        delimiterBox.valueProperty().addListener((obs, old, value) -> change(f -> f.withDelimiter(value)));
        headerBox.selectedProperty().addListener((obs, old, value) -> change(f -> f.withHeader(value)));
        decimalBox.valueProperty().addListener((obs, old, value) -> change(f -> f.withDecimal(value)));
        thousandsBox.valueProperty().addListener((obs, old, value) -> change(f -> f.withThousands(value == null || value == NO_THOUSANDS ? null : value)));
        dateFormatBox.valueProperty().addListener((obs, old, value) -> change(f -> f.withDateFormat(value == null ? "" : value.strip())));
        signBox.valueProperty().addListener((obs, old, value) -> change(f -> f.withSign(value)));
        model.previewProperty().addListener((obs, old, preview) -> showPreview());
        model.autoFillProperty().addListener((obs, old, loaded) -> previewTable.refresh());

        keepDuplicatesBox.selectedProperty().bindBidirectional(model.keepDuplicatesProperty());
        skipRejectedBox.selectedProperty().bindBidirectional(model.skipRejectedProperty());
        keepDuplicatesBox.selectedProperty().addListener((obs, old, keep) -> recheck());
        skipRejectedBox.selectedProperty().addListener((obs, old, skip) -> recheck());
        TextAreaKeys.tabMovesFocus(rulesArea, null);
        rulesArea.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                applyRules();
            }
        });
        tasks.run(text("import.error.categories"), () -> categories.list(), list -> ledgerCategories = list);

        if (model.bankFile().isPresent()) {
            // OFX, QIF, CAMT.053, MT940: no columns to map, straight to the lines as Outlay reads them
            new BankFileStep(state, texts, model, dateFormat).show(formatPane, previewCaption, previewTable, formatError, nextButton);
            showStep(1);
            return;
        }
        showFormat();
        showStep(1);
    }

    private String describeEncoding(Detection detection) {
        String name = detection.format().encoding().name();
        return detection.bom() ? format("import.encoding.bom", name) : name;
    }

    /** One line that says what was found, so the user knows which settings were guessed. */
    private String describeDetection(Detection d) {
        CsvFormat f = d.format();
        return format("import.detected.summary", describeEncoding(d),
                texts.of(CsvFormat.nameOf(f.delimiter())), String.valueOf(f.decimal()), f.dateFormat());
    }

    private void change(Function<CsvFormat, CsvFormat> edit) {
        if (updating) {
            return;
        }
        try {
            model.setFormat(edit.apply(model.formatProperty().get()));
            formatError.setText("");
            showFormat();
        } catch (IllegalArgumentException e) {
            formatError.setText(UserMessages.describe(e, texts));
        }
    }

    /** Puts the model's format and mapping into the controls, then redraws the preview. */
    private void showFormat() {
        updating = true;
        try {
            CsvFormat f = model.formatProperty().get();
            encodingBox.setValue(f.encoding());
            delimiterBox.setValue(f.delimiter());
            headerBox.setSelected(f.header());
            decimalBox.setValue(f.decimal());
            thousandsBox.setValue(f.thousands() == null ? NO_THOUSANDS : f.thousands());
            dateFormatBox.setValue(f.dateFormat());
            signBox.setValue(f.sign());
        } finally {
            updating = false;
        }
        showPreview();
    }

    private void showPreview() {
        Detection preview = model.previewProperty().get();
        ColumnMapping mapping = model.mappingProperty().get();
        buildMappingControls(preview, mapping);
        UserText problem = preview.problem() != null ? preview.problem() : mapping.problem();
        formatError.setText(problem == null ? "" : texts.of(problem));
        nextButton.disableProperty().unbind();
        nextButton.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> problem != null)));
        int firstLine = model.formatProperty().get().firstLine();
        previewCaption.setText(format("import.preview", preview.sample().size())
                + (firstLine > 1 ? " " + format("import.preview.preamble", firstLine, firstLine - 1) : ""));

        LineInterpreter interpreter;
        try {
            interpreter = problem == null ? new LineInterpreter(model.formatProperty().get(), mapping).withHeader(preview.header()) : null;
        } catch (IllegalArgumentException e) {
            interpreter = null;
        }
        previewTable.getColumns().clear();
        TableColumn<CsvRecord, String> line = new TableColumn<>(text("import.rejected.line"));
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.valueOf(c.getValue().line())));
        line.setPrefWidth(50);
        line.getStyleClass().add("line-column");
        previewTable.getColumns().add(line);
        for (int i = 0; i < preview.columnCount(); i++) {
            int index = i;
            String name = preview.header() != null && i < preview.header().size() ? preview.header().get(i) : format("import.column.n", i + 1);
            String role = roleOf(mapping, i);
            TableColumn<CsvRecord, String> column = new TableColumn<>(role == null ? name : name + "\n\u2192 " + role);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().field(index)));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.replace("\r\n", " \u21b5 ").replace("\n", " \u21b5 "));
                }
            });
            if (role != null) {
                column.getStyleClass().add("mapped-column");
            }
            column.setPrefWidth(Math.max(90, Math.min(260, name.length() * 9 + 40)));
            previewTable.getColumns().add(column);
        }
        LineInterpreter reader = interpreter;
        TableColumn<CsvRecord, StatementLine> reads = new TableColumn<>(text("import.preview.reads"));
        reads.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(reader == null ? null : reader.interpret(c.getValue())));
        reads.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(StatementLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("reads-expense", "reads-incoming", "reads-rejected");
                if (empty || item == null) {
                    setText(empty ? null : NONE);
                    return;
                }
                setText(describe(item));
                getStyleClass().add(item instanceof StatementLine.Rejected ? "reads-rejected"
                        : item instanceof StatementLine.Incoming ? "reads-incoming" : "reads-expense");
            }
        });
        reads.setPrefWidth(420);
        previewTable.getColumns().add(filledColumn(reader));
        previewTable.getColumns().add(reads);
        previewTable.getItems().setAll(preview.sample());
    }

    /** Which rule (or learned suggestion) fills a line in, and with what: "Subscriptions ← Rule Spotify". */
    private TableColumn<CsvRecord, String> filledColumn(LineInterpreter reader) {
        TableColumn<CsvRecord, String> filled = new TableColumn<>(text("import.preview.filled"));
        filled.setCellValueFactory(c -> {
            StatementLine line = reader == null ? null : reader.interpret(c.getValue());
            AutoFill.Filled fill = line instanceof StatementLine.Spending s ? model.filled(s) : null;
            if (fill == null) {
                return new ReadOnlyObjectWrapper<>(null);
            }
            String what = texts.of(fill.explanation());
            String into = fill.categoryName() != null ? fill.categoryName() : fill.description();
            return new ReadOnlyObjectWrapper<>(into == null ? what : into + " \u2190 " + what); // the category first: columns get cut
        });
        filled.setPrefWidth(320);
        return filled;
    }

    private String describe(StatementLine line) {
        if (line instanceof StatementLine.Spending s) {
            String expense = format("import.preview.expense", state.money().format(s.amount()), dateFormat.format(s.date()));
            return s.category() == null ? expense : format("import.preview.withCategory", expense, s.category());
        }
        if (line instanceof StatementLine.Incoming) {
            return text("import.preview.incoming");
        }
        if (line instanceof StatementLine.Rejected r) {
            return r.field() == null ? format("import.preview.rejected.line", r.why())
                    : format("import.preview.rejected", text("import.column." + r.field()), r.value(), r.why());
        }
        return text("import.preview.blank");
    }

    private String roleOf(ColumnMapping mapping, int index) {
        for (Map.Entry<Column, Integer> e : mapping.asMap().entrySet()) {
            if (e.getValue() == index) {
                return text("import.column." + e.getKey().key());
            }
        }
        return null;
    }

    private void buildMappingControls(Detection preview, ColumnMapping mapping) {
        mappingGrid.getChildren().clear();
        for (Column column : Column.values()) {
            Label label = new Label(text("import.column." + column.key()));
            label.getStyleClass().add("mapping-label");
            ComboBox<Integer> box = new ComboBox<>();
            box.setId("map-" + column.key());
            box.getItems().add(-1);
            for (int i = 0; i < preview.columnCount(); i++) {
                box.getItems().add(i);
            }
            box.setConverter(converter(i -> i == null || i < 0 ? NONE : (i + 1) + " \u00b7 "
                    + (preview.header() != null && i < preview.header().size() ? preview.header().get(i) : format("import.column.n", i + 1))));
            // The closed box has little room: the column's name alone (its number only where the file has no header).
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Integer item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item == null || item < 0 ? NONE
                            : preview.header() != null && item < preview.header().size() ? preview.header().get(item)
                            : format("import.column.n", item + 1));
                }
            });
            box.setValue(mapping.index(column));
            box.setPrefWidth(MAPPING_TILE);
            label.setWrapText(true);
            label.setMaxWidth(MAPPING_TILE);
            box.valueProperty().addListener((obs, old, value) -> {
                model.mappingProperty().set(model.mappingProperty().get().with(column, value == null ? -1 : value));
                javafx.application.Platform.runLater(this::showPreview);
            });
            // A tile per column, as many to a row as fit: fourteen in one row were ~80 px each ("Soll (Ausga…", "Buc…").
            javafx.scene.layout.VBox tile = new javafx.scene.layout.VBox(2, label, box);
            tile.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
            mappingGrid.getChildren().add(tile);
        }
    }

    private void showStep(int step) {
        formatPane.setVisible(step == 1);
        checkPane.setVisible(step == 2);
        stepLabel.setText(format("import.step", step));
        headingLabel.setText(text(step == 2 ? "import.step2.title" : model.bankFile().isPresent() ? "import.bank.title" : "import.step1.title"));
        // A hidden button leaves no gap in the button bar.
        showButton(backButton, step == 2);
        showButton(nextButton, step == 1);
        nextButton.setDefaultButton(step == 1);
        showButton(importButton, step == 2);
        importButton.setDefaultButton(step == 2);
        stage.setTitle(format(model.bankFile().isPresent() ? "import.bank.windowTitle" : "import.title.file", model.file().getFileName().toString()));
    }

    private static void showButton(Button button, boolean shown) {
        button.setVisible(shown);
        button.setManaged(shown);
    }

    @FXML
    private void onNext() {
        applyRules();
        showStep(2);
        summaryLabel.setText(text("import.checking"));
        rejectedBox.setVisible(false);
        rejectedBox.setManaged(false);
        importButton.setDisable(true);
        model.skipRejectedProperty().set(false);
        recheck();
    }

    @FXML
    private void onBack() {
        showStep(1);
    }

    @FXML
    private void onCancel() {
        stage.close();
    }

    private void recheck() {
        if (!checkPane.isVisible()) {
            return;
        }
        importButton.setDisable(true);
        model.check(this::showReport, failure -> dialogs.showError(text("import.error.check"), failure));
    }

    private void applyRules() {
        List<String> bad = model.setRules(rulesArea.getText() == null ? "" : rulesArea.getText());
        rulesError.setText(bad.isEmpty() ? "" : format("import.rules.bad", String.join(" | ", bad)));
        recheck();
    }

    private void showReport(ImportReport report) {
        ImportReport base = model.unskippedReportProperty().get();
        boolean hasRejected = base != null && base.rejectedCount() > 0;
        rejectedBox.setVisible(hasRejected);
        rejectedBox.setManaged(hasRejected);
        if (hasRejected) {
            rejectedTable.getItems().setAll(base.rejected());
            rejectedCaption.setText(format("import.rejected.caption", base.rejectedCount()));
            boolean canSkip = base.rejectedCount() <= base.rejected().size();
            skipRejectedBox.setDisable(!canSkip);
            skipRejectedBox.setText(canSkip ? format("import.rejected.skip", base.rejectedCount())
                    : format("import.rejected.tooMany", base.rejectedCount()));
        }
        long duplicates = report.duplicates() + report.keptDuplicates();
        keepDuplicatesBox.setVisible(duplicates > 0);
        keepDuplicatesBox.setManaged(duplicates > 0);
        keepDuplicatesBox.setText(format("import.duplicates.keep", duplicates));
        showCategories(report);
        moneyIn.show(report);

        if (!report.acceptable()) {
            summaryLabel.setText(format("import.summary.blocked", report.rejectedCount()));
            detailLabel.setText("");
            summaryLabel.getStyleClass().setAll("label", "wizard-summary", "blocked");
        } else {
            summaryLabel.setText(report.refunds() + report.income() == 0 ? format("import.summary.ready", report.imported())
                    : format("import.summary.readyKinds", report.imported(), report.expenses(), report.refunds(), report.income()));
            summaryLabel.getStyleClass().setAll("label", "wizard-summary");
            detailLabel.setText(format("import.summary.details", report.duplicates(),
                    report.incoming(), report.skippedLines(),
                    report.newCategories().isEmpty() ? text("import.summary.noNewCategories") : String.join(", ", report.newCategories()))
                    + (report.notBooked() == 0 ? "" : " " + format("import.summary.notBooked", report.notBooked()))
                    + amountsAsSaved());
        }
        importButton.setDisable(!report.acceptable() || report.imported() == 0);
    }

    /** "Amounts as they will be saved: 1.000,00 €, 2.500,00 € … In the file: …": empty for a bank file. */
    private String amountsAsSaved() {
        FileTotals totals = model.totalsProperty().get();
        if (totals == null || totals.first().isEmpty()) {
            return "";
        }
        String first = totals.first().stream().map(state.money()::format).collect(java.util.stream.Collectors.joining(", "));
        boolean more = totals.outLines() + totals.inLines() > totals.first().size();
        return "\n" + format("import.summary.amounts", first + (more ? " \u2026" : ""), state.money().format(totals.out()),
                totals.outLines(), state.money().format(totals.in()), totals.inLines());
    }

    private void showCategories(ImportReport report) {
        categoriesGrid.getChildren().clear();
        boolean any = !report.unknownCategories().isEmpty();
        categoriesBox.setVisible(any);
        categoriesBox.setManaged(any);
        int row = 0;
        for (String name : report.unknownCategories()) {
            String create = format("import.categories.create", name);
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().add(create);
            ledgerCategories.forEach(c -> choice.getItems().add(c.name()));
            String mapped = model.categoryMap().get(name.strip().toLowerCase(java.util.Locale.ROOT));
            choice.setValue(mapped != null ? mapped : create);
            choice.valueProperty().addListener((obs, old, value) -> {
                String key = name.strip().toLowerCase(java.util.Locale.ROOT);
                if (value == null || value.equals(create)) {
                    model.categoryMap().remove(key);
                } else {
                    model.categoryMap().put(key, value);
                }
                recheck();
            });
            categoriesGrid.add(new Label(format("import.categories.fromFile", name)), 0, row);
            categoriesGrid.add(choice, 1, row);
            row++;
        }
    }

    @FXML
    private void onImport() {
        applyRules();
        importButton.setDisable(true);
        model.runImport(report -> {
            if (!report.committed()) {
                showReport(report);
                return;
            }
            if (saveProfileBox.isSelected() && profileNameField.getText() != null && !profileNameField.getText().isBlank()) {
                try {
                    model.saveProfile(profileNameField.getText());
                } catch (RuntimeException e) {
                    dialogs.showError(text("import.error.profile"), e);
                }
            }
            stage.close();
            onImported.accept(report);
        }, failure -> {
            dialogs.showError(text("import.error.import"), failure);
            recheck();
        });
    }

    /** Names the files that open after this wizard (ImportWizard's queue); hidden when there are none. */
    void showWaiting(List<Path> files) {
        String names = files.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", "));
        waitingLabel.setText(files.isEmpty() ? "" : format("import.waiting", files.size(), names));
        waitingLabel.setVisible(!files.isEmpty());
        waitingLabel.setManaged(!files.isEmpty());
    }

    private String text(String key) {
        return resources.getString(key);
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in the window's language. */
    private String format(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value); // null: the CSV settings of a bank file, never set
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
