package app.outlay.ui.settings;

import app.outlay.text.Texts;
import app.outlay.data.DatabaseSettings;
import app.outlay.text.InvalidInputException;
import app.outlay.data.DatabaseSettings.Kind;
import app.outlay.data.DatabaseSettings.SslMode;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The settings dialog's fields, their check, and the {@link DatabaseSettings} they describe. */
public final class SettingsForm {

    private final Texts texts;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.H2);
    private final StringProperty h2Path = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("outlay");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", "outlay"));
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<SslMode> sslMode = new SimpleObjectProperty<>(SslMode.PREFER);
    /** The root certificate for verify-full (sslrootcert); empty: the driver's default (~/.postgresql/root.crt). */
    private final StringProperty sslRootCert = new SimpleStringProperty("");
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty(false);
    private final StringBinding problem;

    /** @param texts the language of the form's messages */
    public SettingsForm(Texts texts) {
        this.texts = texts;
        problem = Bindings.createStringBinding(this::check, kind, h2Path, host, port, database, user, sslRootCert);
    }

    /** Fills the form from the settings in use; the password field stays empty (it is never stored in settings). */
    public void load(DatabaseSettings settings, Path defaultH2Base) {
        kind.set(settings.kind());
        h2Path.set((settings.kind() == Kind.H2 ? settings.h2Base() : defaultH2Base).toString());
        if (settings.kind() == Kind.POSTGRESQL) {
            host.set(settings.host());
            port.set(Integer.toString(settings.port()));
            database.set(settings.database());
            user.set(settings.user());
            sslMode.set(settings.sslMode());
            sslRootCert.set(settings.sslRootCert() == null ? "" : settings.sslRootCert().toString());
        }
    }

    /** The first thing wrong with the form, naming the field, or null when it can be used. */
    private String check() {
        if (kind.get() == Kind.H2) {
            String path = h2Path.get() == null ? "" : h2Path.get().strip();
            if (path.isEmpty()) {
                return texts.get("settings.error.file");
            }
            try {
                // A ';' would make the rest of the location H2 settings (issue 24): refused here, naming it.
                DatabaseSettings.refuseH2Settings(Path.of(path));
            } catch (InvalidPathException e) {
                return texts.format("settings.error.path", path);
            } catch (InvalidInputException e) {
                return texts.of(e.explanation());
            }
            return null;
        }
        if (blank(host)) {
            return texts.get("settings.error.host");
        }
        try {
            int number = Integer.parseInt(port.get().strip());
            if (number < 1 || number > 65535) {
                return texts.get("settings.error.portRange");
            }
        } catch (NumberFormatException e) {
            return texts.format("settings.error.port", port.get());
        }
        if (blank(database)) {
            return texts.get("settings.error.database");
        }
        if (blank(user)) {
            return texts.get("settings.error.user");
        }
        return blank(sslRootCert) || rootCertReadable() ? null : texts.format("settings.error.rootCert", sslRootCert.get().strip());
    }

    private boolean rootCertReadable() {
        try {
            return Files.isRegularFile(Path.of(sslRootCert.get().strip())) && Files.isReadable(Path.of(sslRootCert.get().strip()));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The settings the form describes; call only when {@link #problemProperty()} is null. */
    public DatabaseSettings toSettings() {
        if (kind.get() == Kind.H2) {
            String path = h2Path.get().strip();
            // People pick the file itself in the file chooser; H2 wants the name without its ".mv.db".
            return DatabaseSettings.h2(Path.of(path.endsWith(".mv.db") ? path.substring(0, path.length() - 6) : path));
        }
        String secret = password.get() == null || password.get().isEmpty() ? null : password.get();
        return DatabaseSettings.postgresql(host.get().strip(), Integer.parseInt(port.get().strip()),
                database.get().strip(), user.get().strip(), sslMode.get(), secret)
                .withSslRootCert(blank(sslRootCert) ? null : Path.of(sslRootCert.get().strip()));
    }

    private static boolean blank(StringProperty field) {
        return field.get() == null || field.get().isBlank();
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty h2PathProperty() {
        return h2Path;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<SslMode> sslModeProperty() {
        return sslMode;
    }

    public StringProperty sslRootCertProperty() {
        return sslRootCert;
    }

    public BooleanProperty rememberPasswordProperty() {
        return rememberPassword;
    }

    public StringBinding problemProperty() {
        return problem;
    }
}
