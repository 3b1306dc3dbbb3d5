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

    public String describe() {
        if (isEmpty()) {
            return "empty (no Outlay schema yet; " + pendingMigrations + " migrations to apply)";
        }
        String pending = pendingMigrations == 0 ? "up to date" : pendingMigrations + " pending";
        return "v" + currentVersion + " (" + appliedMigrations + " migrations applied, " + pending + ")";
    }
}
