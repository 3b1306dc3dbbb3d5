package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.LedgerRoles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Optional;

/** {@code outlay db revoke ROLE}: takes a member's role on a shared ledger away (see LedgerRoles). */
@Command(name = "revoke", description = "Take every role on the shared ledger in use from the PostgreSQL login role "
        + "ROLE; it can then no longer read the ledger. Only an owner may.")
final class DbRevokeCommand implements Runnable {

    private final CliEnvironment env;

    @CommandLine.Parameters(index = "0", paramLabel = "ROLE", description = "the member's PostgreSQL login role, e.g. alice")
    String user;

    DbRevokeCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public void run() {
        try (Database database = Database.open(env.databaseSettings(), env.paths().backupDir())) {
            Optional<LedgerRoles.Role> had = LedgerRoles.revoke(database, user);
            if (had.isPresent()) {
                env.out().printf("%s is no longer %s of %s.%n", user, had.get().word(), database.displayName());
            } else {
                env.out().printf("%s had no role on %s; nothing was changed.%n", user, database.displayName());
            }
        }
    }
}
