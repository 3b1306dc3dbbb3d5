package app.outlay.settings;

import app.outlay.data.DatabaseSettings;

import java.util.Map;

/**
 * Where a PostgreSQL password comes from when the settings hold none (docs/design.md §3): {@code PGPASSWORD}, which the
 * driver does not read by itself, so Outlay passes it on. {@code ~/.pgpass} / {@code PGPASSFILE} is read by the
 * driver itself when no password is given.
 */
public final class Passwords {

    private Passwords() {
    }

    public static DatabaseSettings fromEnvironment(DatabaseSettings settings, Map<String, String> environment) {
        if (settings.kind() != DatabaseSettings.Kind.POSTGRESQL || settings.password() != null) {
            return settings;
        }
        String password = environment.get("PGPASSWORD");
        return password == null || password.isEmpty() ? settings : settings.withPassword(password);
    }
}
