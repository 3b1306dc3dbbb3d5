package app.outlay.data;

/** The database was written by a newer Outlay: this build refuses to touch it. */
public final class NewerSchemaException extends RuntimeException {

    private final String databaseVersion;
    private final String knownVersion;

    public NewerSchemaException(String databaseVersion, String knownVersion) {
        super("This database was written by a newer Outlay (schema v" + databaseVersion
                + "); this version knows schema v" + knownVersion + ". Update Outlay to open it. Nothing was changed.");
        this.databaseVersion = databaseVersion;
        this.knownVersion = knownVersion;
    }

    public String databaseVersion() {
        return databaseVersion;
    }

    public String knownVersion() {
        return knownVersion;
    }
}
