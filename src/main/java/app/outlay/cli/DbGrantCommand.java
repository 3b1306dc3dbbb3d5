package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.LedgerRoles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code outlay db grant ROLE viewer|editor|owner}: gives a member of a shared ledger their role (see LedgerRoles). */
@Command(name = "grant", description = "Give the PostgreSQL login role ROLE a role on the shared ledger in use: "
        + "viewer (reads only), editor (adds and edits) or owner (also manages members). Only an owner may.")
final class DbGrantCommand implements Runnable {

    private final CliEnvironment env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "ROLE", description = "the member's PostgreSQL login role, e.g. alice")
    String user;

    @CommandLine.Parameters(index = "1", paramLabel = "viewer|editor|owner", description = "what the member may do")
    String role;

    DbGrantCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public void run() {
        LedgerRoles.Role granted;
        try {
            granted = LedgerRoles.Role.parse(role);
        } catch (IllegalStateException notARole) {
            throw new CommandLine.ParameterException(spec.commandLine(), notARole.getMessage());
        }
        try (Database database = Database.open(env.databaseSettings(), env.paths().backupDir())) {
            LedgerRoles.grant(database, user, granted);
            env.out().printf("%s is now %s of %s (%s).%n", user, granted.word(), database.displayName(), mayDo(granted));
        }
    }

    private static String mayDo(LedgerRoles.Role role) {
        return switch (role) {
            case VIEWER -> "reads only";
            case EDITOR -> "adds and edits; the history stays as it was written";
            case OWNER -> "adds, edits and manages members";
        };
    }
}
