package app.outlay.settings;

import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerFiles;

import java.util.Map;

/**
 * Where a PostgreSQL password comes from when the settings hold none (docs/design.md §3): {@code PGPASSWORD}, which the
 * driver does not read by itself, so Outlay passes it on. {@code ~/.pgpass} / {@code PGPASSFILE} is read by the
 * driver itself when no password is given. A protected embedded ledger's password comes from
 * {@value #LEDGER_PASSWORD} (the command line asks on a terminal when it is not set).
 */
public final class Passwords {

    private Passwords() {
    }

    /** The variable that holds a protected embedded ledger's password for the command line. */
    public static final String LEDGER_PASSWORD = "OUTLAY_LEDGER_PASSWORD";

    public static DatabaseSettings fromEnvironment(DatabaseSettings settings, Map<String, String> environment) {
        if (settings.password() != null) {
            return settings;
        }
        // The embedded ledger's password only for a ledger that is protected: it switches encryption on.
        String password = settings.kind() == DatabaseSettings.Kind.POSTGRESQL ? environment.get("PGPASSWORD")
                : LedgerFiles.isEncrypted(settings.h2File()) ? environment.get(LEDGER_PASSWORD) : null;
        return password == null || password.isEmpty() ? settings : settings.withPassword(password);
    }
}
