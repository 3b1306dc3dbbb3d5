package app.outlay.data;

import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

/** The database was written by a newer Outlay: this build refuses to touch it. */
public final class NewerSchemaException extends ExplainedException {

    private final String databaseVersion;
    private final String knownVersion;

    public NewerSchemaException(String databaseVersion, String knownVersion) {
        super(UserText.of("problem.newerSchema", databaseVersion, knownVersion));
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
