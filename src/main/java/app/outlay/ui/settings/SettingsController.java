package app.outlay.ui.settings;

import app.outlay.ui.common.DialogService;
import app.outlay.ui.common.DialogWidths;
import app.outlay.AppContext;
import app.outlay.data.ConnectionCheck;
import app.outlay.data.ConnectionProblem;
import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.DatabaseSettings.Kind;
import app.outlay.data.DatabaseSettings.SslMode;
import app.outlay.service.DatabaseSwitcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The settings dialog: choose the embedded database or a PostgreSQL server, test the connection, and switch
 * live — the target is opened and migrated, the ledger copied into it when the user asks, and only then put in use.
 */
public final class SettingsController {

    private final AppContext context;
    private final SettingsForm form;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
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

    public SettingsController(AppContext context) {
        this.context = context;
        this.form = new SettingsForm(context.texts());
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
        // Any edit makes an earlier test result stale.
        for (TextField field : new TextField[] {h2PathField, hostField, portField, databaseField, userField, passwordField, rootCertField}) {
            field.textProperty().addListener((obs, old, text) -> showProblemOrClear(form.problemProperty().get()));
        }
    }

    /** The ledger's currency: any ISO code may be typed; it belongs to the ledger, so it needs one open. */
    private void setUpCurrency() {
        currencyBox.getItems().setAll(CurrencyChoices.common(context.money().currency()));
        currencyBox.setConverter(CurrencyChoices.converter(context.locale()));
        currencyBox.setValue(context.money().currency());
        currencyBox.disableProperty().bind(busy.or(context.activeDatabaseProperty().isNull()).or(context.readOnly()));
        currencyUnknown = Bindings.createBooleanBinding(() -> typedCurrency() == null, currencyBox.getEditor().textProperty());
        currencyUnknown.addListener((obs, was, unknown) -> {
            if (unknown) {
                status(resources.getString("settings.currency.unknown"), "status-error");
            } else {
                showProblemOrClear(form.problemProperty().get());
            }
        });
    }

    /** What the currency field says now, typed or chosen (an editable ComboBox commits typing only later). */
    private Currency typedCurrency() {
        return CurrencyChoices.find(currencyBox.getEditor().getText(), context.locale()).orElse(null);
    }

    void start(Stage dialogStage, Runnable switched) {
        this.stage = dialogStage;
        this.onSwitched = switched;
        form.load(context.configuredDatabase(), context.paths().defaultH2Base());
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
        DatabaseSettings target = form.toSettings();
        working(text("settings.status.connecting", target.displayName()));
        context.tasks().run(() -> ConnectionCheck.test(target), result -> {
            busy.set(false);
            if (result.ok()) {
                status(text("settings.status.connected", result.server()), "status-ok");
            } else {
                status(context.texts().of(result.problem().text()), "status-error");
            }
        }, this::failed);
    }

    /** Saves the currency first where it changed (on the ledger in use), then the database choice. */
    @FXML
    private void onSave() {
        Currency currency = typedCurrency();
        if (currency == null || context.activeDatabaseProperty().get() == null || currency.equals(context.money().currency())) {
            saveDatabase();
            return;
        }
        working(resources.getString("settings.currency.saving"));
        context.tasks().run(() -> context.ledger().setCurrency(currency), saved -> {
            busy.set(false);
            context.useCurrency(saved);
            saveDatabase();
        }, failure -> {
            busy.set(false);
            status(MessageFormat.format(resources.getString("settings.currency.failed"),
                    app.outlay.ui.common.UserMessages.describe(failure, context.texts())), "status-error");
            org.slf4j.LoggerFactory.getLogger(SettingsController.class).warn("Saving the currency failed", failure);
        });
    }

    private void saveDatabase() {
        DatabaseSettings target = form.toSettings();
        Optional<Database> inUse = context.database().current();
        if (inUse.isPresent() && sameTarget(inUse.get().settings(), target)) {
            stage.close();
            return;
        }
        working(text("settings.status.opening", target.displayName()));
        DatabaseSwitcher switcher = context.switcher();
        context.tasks().run(() -> switcher.open(target), candidate -> {
            Optional<Boolean> copy = candidate.offerCopy() ? askToCopy(candidate) : Optional.of(false);
            if (copy.isEmpty()) {
                busy.set(false);
                statusLabel.setText("");
                context.tasks().runQuietly(() -> switcher.discard(candidate));
                return;
            }
            working(text(copy.get() ? "settings.status.copying" : "settings.status.switching"));
            boolean remember = form.rememberPasswordProperty().get();
            context.tasks().run(() -> switcher.complete(candidate, copy.get(), remember), database -> {
                busy.set(false);
                context.activate(database);
                stage.close();
                onSwitched.run();
            }, this::failed);
        }, this::failed);
    }

    /** Copy, start empty, or cancel (empty result). */
    private Optional<Boolean> askToCopy(DatabaseSwitcher.Candidate candidate) {
        ButtonType copy = new ButtonType(text("settings.copy.action", candidate.current().expenses(),
                candidate.current().categories()), ButtonBar.ButtonData.YES);
        ButtonType empty = new ButtonType(text("settings.copy.empty"), ButtonBar.ButtonData.NO);
        ButtonType cancel = DialogService.cancelButton(context.texts());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text("settings.copy.text", candidate.database().displayName()),
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
        Path current = Path.of(form.h2PathProperty().get().isBlank() ? context.paths().defaultH2Base().toString()
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

    private void failed(Throwable failure) {
        busy.set(false);
        DatabaseSettings target = form.toSettings();
        ConnectionProblem problem = ConnectionProblem.of(failure, target);
        String current = context.database().current().map(Database::displayName).orElse(null);
        String reason = context.texts().of(problem.text());
        status(current == null ? reason : text("settings.status.stillUsing", reason, current), "status-error");
        org.slf4j.LoggerFactory.getLogger(SettingsController.class).warn("Switch to {} failed", target, failure);
    }

    private void working(String text) {
        busy.set(true);
        status(text, "status-working");
    }

    private void showProblemOrClear(String problem) {
        if (!busy.get()) {
            status(problem == null ? "" : problem, "status-error");
        }
    }

    private void status(String text, String styleClass) {
        statusLabel.setText(text);
        statusLabel.getStyleClass().removeAll("status-ok", "status-error", "status-working");
        statusLabel.getStyleClass().add(styleClass);
    }

    /** A text from the bundle with its {placeholders} filled in, numbers in the window's language. */
    private String text(String key, Object... arguments) {
        return context.texts().format(key, arguments);
    }

    private static boolean sameTarget(DatabaseSettings a, DatabaseSettings b) {
        return a.kind() == b.kind() && Objects.equals(a.displayName(), b.displayName()) && a.sslMode() == b.sslMode()
                && Objects.equals(a.sslRootCert(), b.sslRootCert());
    }
}
