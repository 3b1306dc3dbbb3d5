package app.outlay.data;

import java.nio.file.Path;

/**
 * An existing ledger about to be upgraded to this build's schema: told before the migrations run, which on a large
 * ledger take minutes (a million expenses: about three from v7), so the window can say what it waits for.
 *
 * @param backup the copy taken first (embedded ledgers); null where a failure rolls back instead (PostgreSQL)
 */
public record SchemaUpgrade(String fromVersion, String toVersion, Path backup) {
}
