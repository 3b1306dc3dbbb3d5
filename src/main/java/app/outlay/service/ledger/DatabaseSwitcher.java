package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.data.DatabaseCopy;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moving to another database, safely: open and migrate the target first, copy into it if asked (verified),
 * write the settings, and only then let the caller put it in use. Any failure closes the target and leaves the
 * current database in use and untouched. Every step blocks: call them off the FX thread.
 */
public final class DatabaseSwitcher {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSwitcher.class);

    private final DatabaseHolder current;
    private final SettingsStore settings;
    private final PgPassFile passwords;

    public DatabaseSwitcher(DatabaseHolder current, SettingsStore settings, PgPassFile passwords) {
        this.current = current;
        this.settings = settings;
        this.passwords = passwords;
    }

    /** A target that is open and migrated but not yet in use, with what it and the current database hold. */
    public record Candidate(Database database, DatabaseCopy.Contents target, DatabaseCopy.Contents current) {

        /** Copying is offered only into an empty ledger, from one that has expenses. */
        public boolean offerCopy() {
            return target.expenses() == 0 && current.expenses() > 0;
        }

        /** The target's name, for the copy question. */
        public String displayName() {
            return database.displayName();
        }

        public DatabaseSettings settings() {
            return database.settings();
        }
    }

    /** Opens the target: pool, migrations, Hibernate. */
    public Candidate open(DatabaseSettings target) {
        Database database = Database.open(target);
        try {
            DatabaseCopy.Contents now = current.current().map(DatabaseCopy::contents)
                    .orElse(new DatabaseCopy.Contents(0, 0, java.math.BigDecimal.ZERO));
            return new Candidate(database, DatabaseCopy.contents(database), now);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Copies (when asked), then saves the settings and, when asked, the password. Returns the database to put in use.
     * On failure the candidate is closed and nothing about the current database has changed.
     */
    public Database complete(Candidate candidate, boolean copy, boolean rememberPassword) {
        try {
            if (copy) {
                DatabaseCopy.Contents copied = DatabaseCopy.copy(current.get(), candidate.database(), false);
                log.info("Copied {} expenses and {} categories to {}", copied.expenses(), copied.categories(),
                        candidate.database().displayName());
            }
            DatabaseSettings target = candidate.database().settings();
            settings.saveDatabaseSettings(target);
            if (rememberPassword && target.kind() == DatabaseSettings.Kind.POSTGRESQL && target.password() != null) {
                passwords.remember(target.host(), target.port(), target.database(), target.user(), target.password());
            }
            return candidate.database();
        } catch (RuntimeException e) {
            discard(candidate);
            throw e;
        }
    }

    public void discard(Candidate candidate) {
        candidate.database().close();
    }
}
