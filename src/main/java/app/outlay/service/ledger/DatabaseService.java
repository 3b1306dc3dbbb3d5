package app.outlay.service.ledger;

import app.outlay.service.category.DefaultCategories;
import app.outlay.data.ConnectionCheck;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerProtection;
import app.outlay.settings.AppPaths;
import app.outlay.settings.Passwords;
import app.outlay.settings.SettingsStore;
import app.outlay.text.ExplainedException;
import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The database in use as the window handles it: open the configured one at start-up, test a connection, switch to
 * another (see {@link DatabaseSwitcher}), protect the embedded ledger with a password. Opening blocks: call those
 * off the FX thread; {@link #use} runs where the caller is (the FX thread: views follow the database in use).
 */
public final class DatabaseService {

    private final DatabaseHolder database;
    private final SettingsStore settings;
    private final AppPaths paths;
    private final Map<String, String> environment;
    private final DatabaseSwitcher switcher;
    private final Consumer<Database> activation;
    private final Consumer<DataSource> readAhead;
    private final Consumer<LedgerUpgrade> upgrading;

    /**
     * @param activation puts a database in use (the holder, live changes, the ledger's currency and role)
     * @param readAhead  reads the first page from a pool the first open made, before Hibernate is up
     * @param upgrading  told when an open starts upgrading an existing ledger, and given null once that open has ended
     */
    public DatabaseService(DatabaseHolder database, SettingsStore settings, AppPaths paths, Map<String, String> environment,
                           DatabaseSwitcher switcher, Consumer<Database> activation, Consumer<DataSource> readAhead,
                           Consumer<LedgerUpgrade> upgrading) {
        this.database = database;
        this.settings = settings;
        this.paths = paths;
        this.environment = environment;
        this.switcher = switcher;
        this.activation = activation;
        this.readAhead = readAhead;
        this.upgrading = upgrading;
    }

    /** The database the settings name; the password, where one is needed, comes from the environment. */
    public DatabaseSettings configured() {
        return Passwords.fromEnvironment(settings.databaseSettings(paths), environment);
    }

    /** The embedded ledger in the data folder, for a session that cannot reach the configured one. */
    public DatabaseSettings embedded() {
        return DatabaseSettings.h2(paths.defaultH2Base());
    }

    /**
     * Starts Hibernate on the database in use and parses a first query, so that the user's first search or change does
     * not wait for either (about a second of CPU together). The window calls it at the user's first key press or
     * click: one that is only looked at never needs Hibernate (see Database#open). Blocks.
     */
    public void prepareForChanges() {
        database.current().ifPresent(open -> open.sessionFactory().inTransaction(session ->
                session.createSelectionQuery("select count(c) from Category c", Long.class).getSingleResult()));
    }

    /** The database in use, if one is open. */
    public Optional<OpenLedger> inUse() {
        return database.current().map(OpenLedger::new);
    }

    /**
     * Opens {@code target}: pool, migrations, Hibernate. A ledger this creates gets its default categories in
     * {@code language}. Blocks.
     */
    public OpenLedger open(DatabaseSettings target, Locale language) {
        refuseNewLedgerFromDefaults(target);
        boolean[] told = {false};
        try {
            return new OpenLedger(DefaultCategories.nameInLanguage(Database.open(target, paths.backupDir(), readAhead, upgrade -> {
                told[0] = true;
                upgrading.accept(LedgerUpgrade.of(upgrade));
            }), language));
        } finally {
            if (told[0]) {
                upgrading.accept(null);
            }
        }
    }

    /**
     * Refuses to create the embedded ledger {@code target} from defaults that stand in for unreadable settings: the
     * window starts and says what happened, but a new, empty ledger is only made where the user asked for one.
     */
    public void refuseNewLedgerFromDefaults(DatabaseSettings target) {
        if (target.kind() == DatabaseSettings.Kind.H2 && settings.setAsideUnreplaced()
                && !Files.exists(target.h2File())) {
            throw new ExplainedException(UserText.of("problem.settingsFile.noNewLedger", target.h2File().toString()));
        }
    }

    /** Puts {@code ledger} in use; the one it replaces is closed (in the background). Call on the FX thread. */
    public void use(OpenLedger ledger) {
        activation.accept(ledger.database());
    }

    /** A fresh connection to the database in use, e.g. after a restore: Hibernate's reserved ids predate its rows. */
    public OpenLedger reopen() {
        return new OpenLedger(Database.open(database.get().settings(), paths.backupDir()));
    }

    /** "Test connection": the server's name and version, or the problem; never creates a database. Blocks. */
    public record ConnectionTest(UserText server, UserText problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public ConnectionTest test(DatabaseSettings target) {
        ConnectionCheck.Result result = ConnectionCheck.test(target);
        return new ConnectionTest(result.server(), result.ok() ? null : result.problem().text());
    }

    /** True when {@code target} is the database in use, reached the same way: nothing to switch (see {@link DatabaseSettings#sameConnection}). */
    public boolean isInUse(DatabaseSettings target) {
        return database.current().map(current -> current.settings().sameConnection(target)).orElse(false);
    }

    /** The first step of a switch: {@code target} open and migrated, not in use yet. Blocks. */
    public DatabaseSwitcher.Candidate openCandidate(DatabaseSettings target) {
        return switcher.open(target);
    }

    /** The last step: copies when asked, saves the settings, and returns the target to {@link #use}. Blocks. */
    public OpenLedger completeSwitch(DatabaseSwitcher.Candidate candidate, boolean copy, boolean rememberPassword) {
        return new OpenLedger(switcher.complete(candidate, copy, rememberPassword));
    }

    /** The user cancelled: the target is closed and nothing changed. */
    public void discard(DatabaseSwitcher.Candidate candidate) {
        switcher.discard(candidate);
    }

    /**
     * What a change of the embedded ledger's protection did: how many backups it converted too and the ledger opened
     * again; or why it failed (the ledger then opened again as it was).
     */
    public record Protection(int backups, OpenLedger reopened, RuntimeException failure) {
    }

    /**
     * Protects the embedded ledger in use with {@code password}, changes its password, or (password null) removes the
     * protection. H2 converts a file only while nothing has it open: the ledger is closed, converted, opened again.
     * A protected ledger's password is changed or removed only by someone who knows it: {@code current} must be it.
     *
     * @param current the ledger's password now, as the user typed it; ignored for a ledger that has none
     * @throws InvalidInputException naming the current password when it is not the ledger's (nothing is changed,
     *                               the ledger stays open)
     */
    public Protection changeProtection(String current, String password) {
        Database inUse = database.get();
        DatabaseSettings ledger = inUse.settings();
        if (ledger.isProtected() && !samePassword(current, ledger.password())) {
            throw InvalidInputException.of("problem.ledger.currentPasswordWrong", ledger.h2File().toString());
        }
        inUse.close();
        try {
            LedgerProtection.Result result = password == null ? LedgerProtection.unprotect(ledger, paths.backupDir())
                    : ledger.isProtected() ? LedgerProtection.changePassword(ledger, password, paths.backupDir())
                    : LedgerProtection.protect(ledger, password, paths.backupDir());
            return new Protection(result.backups().size(), new OpenLedger(Database.open(
                    DatabaseSettings.h2(ledger.h2Base()).withPassword(password), paths.backupDir())), null);
        } catch (RuntimeException e) {
            // The conversion left the ledger as it was: it is opened again as it was, then the failure is shown.
            return new Protection(0, new OpenLedger(Database.open(ledger, paths.backupDir())), e);
        }
    }

    /** Compared in constant time: how long a refusal takes says nothing about how much of the password was right. */
    private static boolean samePassword(String typed, String actual) {
        return typed != null && java.security.MessageDigest.isEqual(typed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                actual.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
