package app.outlay.ui.settings;

import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.DialogWidths;
import app.outlay.data.DatabaseSettings.Kind;
import app.outlay.data.DatabaseSettings.SslMode;
import app.outlay.service.ledger.DatabaseService;
import app.outlay.service.ledger.DatabaseSwitcher;
import app.outlay.text.Texts;
import app.outlay.ui.common.AppState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The settings dialog: choose the embedded database or a PostgreSQL server, test the connection, and switch
 * live — the target is opened and migrated, the ledger copied into it when the user asks, and only then put in use.
 * The flow is {@link DatabaseSwitchModel}'s; this class binds the fields and shows the copy question.
 */
public final class SettingsController {

    private final DatabaseSwitchModel model;
    private final DatabaseService databases;
    private final AppState state;
    private final Texts texts;
    private final SettingsForm form;
    private final BooleanBinding busy;
    private BooleanBinding currencyUnknown;
    private Stage stage;
    private Runnable onSwitched;

    @FXML private ToggleGroup kindGroup;
    @FXML private RadioButton h2Choice;
    @FXML private RadioButton pgChoice;
    @FXML private Node h2Fields;
    @FXML private TextField h2PathField;
    @FXML private Node pgFields;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private ComboBox<SslMode> sslBox;
    @FXML private TextField rootCertField;
    @FXML private CheckBox rememberBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Button testButton;
    @FXML private Button saveButton;
    @FXML private ComboBox<Currency> currencyBox;
    @FXML private ResourceBundle resources;

    public SettingsController(DatabaseSwitchModel model, DatabaseService databases, AppState state, Texts texts) {
        this.model = model;
        this.databases = databases;
        this.state = state;
        this.texts = texts;
        this.form = new SettingsForm(texts);
        this.busy = model.busyProperty();
    }

    @FXML
    private void initialize() {
        h2Choice.setUserData(Kind.H2);
        pgChoice.setUserData(Kind.POSTGRESQL);
        kindGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                form.kindProperty().set((Kind) toggle.getUserData());
            }
        });
        form.kindProperty().addListener((obs, old, kind) -> selectKind(kind));
        h2Fields.disableProperty().bind(form.kindProperty().isNotEqualTo(Kind.H2));
        pgFields.disableProperty().bind(form.kindProperty().isNotEqualTo(Kind.POSTGRESQL));

        h2PathField.textProperty().bindBidirectional(form.h2PathProperty());
        hostField.textProperty().bindBidirectional(form.hostProperty());
        portField.textProperty().bindBidirectional(form.portProperty());
        databaseField.textProperty().bindBidirectional(form.databaseProperty());
        userField.textProperty().bindBidirectional(form.userProperty());
        passwordField.textProperty().bindBidirectional(form.passwordProperty());
        sslBox.getItems().setAll(SslMode.values());
        sslBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SslMode mode) {
                return mode == null ? "" : mode.jdbcValue();
            }

            @Override
            public SslMode fromString(String text) {
                return SslMode.valueOf(text.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            }
        });
        sslBox.valueProperty().bindBidirectional(form.sslModeProperty());
        rootCertField.textProperty().bindBidirectional(form.sslRootCertProperty());
        rememberBox.selectedProperty().bindBidirectional(form.rememberPasswordProperty());
        rememberBox.disableProperty().bind(form.passwordProperty().isEmpty());

        busyIndicator.visibleProperty().bind(busy);
        busyIndicator.managedProperty().bind(busy);
        setUpCurrency();
        testButton.disableProperty().bind(busy.or(form.problemProperty().isNotNull()));
        saveButton.disableProperty().bind(busy.or(form.problemProperty().isNotNull()).or(currencyUnknown));
        form.problemProperty().addListener((obs, old, problem) -> showProblemOrClear(problem));
        statusLabel.textProperty().bind(model.statusProperty());
        styleStatus(model.toneProperty().get());
        model.toneProperty().addListener((obs, old, tone) -> styleStatus(tone));
        model.stepProperty().addListener((obs, old, step) -> {
            switch (step) {
                case CHOOSING_COPY -> model.answerCopy(askToCopy(model.candidate()));
                case CONFIRMING_CONVERSION -> model.answerConversion(askToConvert(model.conversionPreview()));
                case UNCHANGED -> stage.close();
                case SWITCHED -> {
                    stage.close();
                    onSwitched.run();
                }
                default -> { }
            }
        });
        // Any edit makes an earlier test result stale.
        for (TextField field : new TextField[] {h2PathField, hostField, portField, databaseField, userField, passwordField, rootCertField}) {
            field.textProperty().addListener((obs, old, text) -> showProblemOrClear(form.problemProperty().get()));
        }
    }

    /** The ledger's currency: any ISO code may be typed; it belongs to the ledger, so it needs one open. */
    private void setUpCurrency() {
        currencyBox.getItems().setAll(CurrencyChoices.common(state.money().currency()));
        currencyBox.setConverter(CurrencyChoices.converter(state.locale()));
        currencyBox.setValue(state.money().currency());
        currencyBox.disableProperty().bind(busy.or(state.ledgerProperty().isNull()).or(state.readOnly()));
        currencyUnknown = Bindings.createBooleanBinding(() -> typedCurrency() == null, currencyBox.getEditor().textProperty());
        currencyUnknown.addListener((obs, was, unknown) -> {
            if (unknown) {
                model.showProblem(resources.getString("settings.currency.unknown"));
            } else {
                showProblemOrClear(form.problemProperty().get());
            }
        });
    }

    /** What the currency field says now, typed or chosen (an editable ComboBox commits typing only later). */
    private Currency typedCurrency() {
        return CurrencyChoices.find(currencyBox.getEditor().getText(), state.locale()).orElse(null);
    }

    void start(Stage dialogStage, Runnable switched) {
        this.stage = dialogStage;
        this.onSwitched = switched;
        form.load(databases.configured(), databases.embedded().h2Base());
        selectKind(form.kindProperty().get());
    }

    /** Pre-fills the password, e.g. when the launch dialog asked for it. */
    void usePassword(String password) {
        form.passwordProperty().set(password);
    }

    private void selectKind(Kind kind) {
        kindGroup.selectToggle(kind == Kind.H2 ? h2Choice : pgChoice);
        showProblemOrClear(form.problemProperty().get());
    }

    @FXML
    private void onTest() {
        model.test(form.toSettings());
    }

    /** Saves the currency first where it changed (on the ledger in use), then the database choice. */
    @FXML
    private void onSave() {
        model.save(typedCurrency(), form.toSettings(), form.rememberPasswordProperty().get());
    }

    /** Copy, start empty, or cancel (empty result). */
    /**
     * The ledger's currency with entries in other currencies (issue 22): what converting does, every paragraph of the
     * preview; "Convert" only when it is possible. True: convert.
     */
    private boolean askToConvert(app.outlay.service.ledger.LedgerConversion.Preview preview) {
        List<String> lines = preview.lines().stream().map(texts::of).toList();
        ButtonType convert = new ButtonType(text("convert.confirm"), ButtonBar.ButtonData.YES);
        ButtonType cancel = DialogService.cancelButton(texts);
        Alert alert = preview.possible()
                ? new Alert(Alert.AlertType.CONFIRMATION, String.join("\n\n", lines.subList(1, lines.size())), convert, cancel)
                : new Alert(Alert.AlertType.WARNING, String.join("\n\n", lines.subList(1, lines.size())), cancel);
        alert.initOwner(stage);
        alert.setTitle(text("app.name"));
        alert.setHeaderText(lines.get(0));
        DialogWidths.readable(alert.getDialogPane());
        return alert.showAndWait().filter(convert::equals).isPresent();
    }

    private Optional<Boolean> askToCopy(DatabaseSwitcher.Candidate candidate) {
        ButtonType copy = new ButtonType(text("settings.copy.action", candidate.current().expenses(),
                candidate.current().categories()), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(text("settings.copy.empty"), ButtonBar.ButtonData.NO);
        ButtonType cancel = DialogService.cancelButton(texts);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text("settings.copy.text", candidate.displayName()),
                copy, empty, cancel);
        alert.initOwner(stage);
        alert.setTitle(text("app.name"));
        alert.setHeaderText(text("settings.copy.header"));
        DialogWidths.readable(alert.getDialogPane());
        return alert.showAndWait().filter(choice -> choice != cancel).map(copy::equals);
    }

    @FXML
    private void onBrowse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("settings.h2.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("settings.h2.filter"), "*.mv.db"));
        Path current = Path.of(form.h2PathProperty().get().isBlank() ? databases.embedded().h2Base().toString()
                : form.h2PathProperty().get());
        File folder = current.toAbsolutePath().getParent().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.setInitialFileName(current.getFileName() + ".mv.db");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            form.h2PathProperty().set(chosen.getAbsolutePath());
        }
    }

    /** The root certificate the server's must chain to (verify-full). */
    @FXML
    private void onBrowseRootCert() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("settings.pg.rootCert.chooser"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            form.sslRootCertProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void onCancel() {
        if (!busy.get()) {
            stage.close();
        }
    }

    private void showProblemOrClear(String problem) {
        model.showProblem(problem);
    }

    private void styleStatus(DatabaseSwitchModel.Tone tone) {
        statusLabel.getStyleClass().removeAll("status-ok", "status-error", "status-working");
        statusLabel.getStyleClass().add(tone.styleClass());
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in the window's language. */
    private String text(String key, Object... arguments) {
        return texts.format(key, arguments);
    }
}
