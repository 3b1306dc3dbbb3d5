package app.outlay.cli;

import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerProtection;
import app.outlay.settings.Passwords;
import app.outlay.text.UserText;
import picocli.CommandLine.Command;

import java.io.Console;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code outlay db encrypt|decrypt|password}: protect the embedded ledger with a password (H2's AES file encryption),
 * remove the protection, change the password. The password comes from {@value Passwords#LEDGER_PASSWORD} (the new one
 * for {@code password} from {@value #NEW_PASSWORD}) or is asked for on the terminal; it is never an argument, so the
 * process list never shows it, and it is never written anywhere.
 */
final class LedgerPasswordCommands {

    static final String NEW_PASSWORD = "OUTLAY_LEDGER_NEW_PASSWORD";

    private LedgerPasswordCommands() {
    }

    @Command(name = "encrypt", description = "Protect the embedded ledger and its backups with a password (from "
            + "OUTLAY_LEDGER_PASSWORD or asked for). A lost password cannot be recovered: without it the ledger cannot be read.")
    static final class Encrypt implements Runnable {
        private final CliEnvironment env;

        Encrypt(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            DatabaseSettings ledger = embedded(env);
            String password = System.getenv(Passwords.LEDGER_PASSWORD);
            if (password == null || password.isEmpty()) {
                env.err().println("A lost password cannot be recovered: without it, nobody can read this ledger, not even you.");
                env.err().flush();
                password = askTwice("New password for the ledger: ");
            }
            LedgerProtection.Result result = LedgerProtection.protect(ledger, password, env.paths().backupDir());
            report(env, "Protected", result, ledger);
        }
    }

    @Command(name = "decrypt", description = "Remove the password protection of the embedded ledger and its backups.")
    static final class Decrypt implements Runnable {
        private final CliEnvironment env;

        Decrypt(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            DatabaseSettings ledger = embedded(env);
            LedgerProtection.Result result = LedgerProtection.unprotect(ledger, env.paths().backupDir());
            report(env, "Removed the password of", result, ledger);
        }
    }

    @Command(name = "password", description = "Change the password of the protected embedded ledger and its backups "
            + "(the new one from OUTLAY_LEDGER_NEW_PASSWORD or asked for).")
    static final class Password implements Runnable {
        private final CliEnvironment env;

        Password(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            DatabaseSettings ledger = embedded(env);
            String newPassword = System.getenv(NEW_PASSWORD);
            if (newPassword == null || newPassword.isEmpty()) {
                newPassword = askTwice("New password for the ledger: ");
            }
            LedgerProtection.Result result = LedgerProtection.changePassword(ledger, newPassword, env.paths().backupDir());
            report(env, "Changed the password of", result, ledger);
        }
    }

    private static DatabaseSettings embedded(CliEnvironment env) {
        DatabaseSettings ledger = env.databaseSettings();
        if (ledger.kind() != DatabaseSettings.Kind.H2) {
            throw new CommandFailure(UserText.of("problem.ledger.onlyEmbedded").english(), null);
        }
        return ledger;
    }

    private static void report(CliEnvironment env, String done, LedgerProtection.Result result, DatabaseSettings ledger) {
        env.out().printf(Locale.ROOT, "%s %s (%s and %s, total %,.2f; counts and sums verified) and %d %s.%n", done,
                ledger.h2Base() + ".mv.db", Counts.expenses(result.contents().expenses()),
                Counts.categories(result.contents().categories()), result.contents().total(), result.backups().size(),
                result.backups().size() == 1 ? "backup" : "backups");
    }

    /** Asks on the terminal, twice, without echo; refuses without a terminal. */
    static String askTwice(String prompt) {
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(UserText.of("problem.ledger.noTerminal").english(), null);
        }
        char[] first = console.readPassword("%s", prompt);
        char[] second = console.readPassword("Again: ");
        try {
            if (first == null || first.length == 0 || !Arrays.equals(first, second)) {
                throw new CommandFailure(UserText.of("problem.ledger.passwordsDiffer").english(), null);
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (second != null) {
                Arrays.fill(second, ' ');
            }
        }
    }
}
