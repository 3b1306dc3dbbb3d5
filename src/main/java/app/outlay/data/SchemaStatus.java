package app.outlay.data;

/** The state of a database's schema as Flyway sees it. {@code currentVersion} is null for an empty database. */
public record SchemaStatus(String currentVersion, int appliedMigrations, int pendingMigrations, String newestKnownVersion) {

    public boolean isEmpty() {
        return currentVersion == null;
    }

    public String describe() {
        if (isEmpty()) {
            return "empty (no Outlay schema yet; " + pendingMigrations + " migrations to apply)";
        }
        String pending = pendingMigrations == 0 ? "up to date" : pendingMigrations + " pending";
        return "v" + currentVersion + " (" + appliedMigrations + " migrations applied, " + pending + ")";
    }
}
