package app.outlay.data;

/**
 * The state of a database's schema as Flyway sees it. {@code currentVersion} is null for an empty database;
 * {@code failed} says a migration is recorded as failed (Flyway refuses to migrate until it is repaired).
 */
public record SchemaStatus(String currentVersion, int appliedMigrations, int pendingMigrations, String newestKnownVersion,
                           boolean failed) {

    public boolean isEmpty() {
        return currentVersion == null;
    }

    /** Every migration this Outlay knows is applied, none failed: there is nothing for Flyway to do. */
    public boolean upToDate() {
        return !isEmpty() && !failed && pendingMigrations == 0 && currentVersion.equals(newestKnownVersion);
    }

    /** A newer Outlay migrated it: Flyway counts its unknown migrations neither as applied here nor as pending. */
    public boolean newerThanKnown() {
        return !isEmpty() && newestKnownVersion != null
                && org.flywaydb.core.api.MigrationVersion.fromVersion(currentVersion)
                .compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(newestKnownVersion)) > 0;
    }

    public String describe() {
        if (isEmpty()) {
            return "empty (no Outlay schema yet; " + pendingMigrations + " migrations to apply)";
        }
        if (newerThanKnown()) {
            return "v" + currentVersion + " (written by a newer Outlay: this version knows up to v" + newestKnownVersion
                    + "; update Outlay to open it)";
        }
        String pending = pendingMigrations == 0 ? "up to date" : pendingMigrations + " pending";
        return "v" + currentVersion + " (" + appliedMigrations + " migrations applied, " + pending + ")";
    }
}
