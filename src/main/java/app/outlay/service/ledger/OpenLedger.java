package app.outlay.service.ledger;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;

/**
 * A ledger's database, opened and migrated, as the screens see it: its name and its settings. The {@link Database}
 * itself stays behind the services; {@link DatabaseService#use} puts one in use.
 */
public final class OpenLedger {

    private final Database database;

    OpenLedger(Database database) {
        this.database = database;
    }

    /** For the composition root and the services, which hand a database just opened to the screens. */
    public static OpenLedger of(Database database) {
        return new OpenLedger(database);
    }

    /** What the window's title and status bar call it: a file's path, or user@host/database. */
    public String displayName() {
        return database.displayName();
    }

    /** The target it was opened with (the password included, where it has one). */
    public DatabaseSettings settings() {
        return database.settings();
    }

    /** True on a shared PostgreSQL ledger, where members, roles and other clients exist. */
    public boolean shared() {
        return database.settings().kind() == DatabaseSettings.Kind.POSTGRESQL;
    }

    Database database() {
        return database;
    }
}
