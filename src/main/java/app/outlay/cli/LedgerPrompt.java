package app.outlay.cli;

import app.outlay.data.DatabaseSettings;
import app.outlay.data.LedgerFiles;

import java.io.Console;

/** The password of a protected embedded ledger, asked for on the terminal when OUTLAY_LEDGER_PASSWORD is not set. */
final class LedgerPrompt {

    private LedgerPrompt() {
    }

    static DatabaseSettings askIfProtected(DatabaseSettings settings) {
        Console console = System.console();
        if (settings.kind() != DatabaseSettings.Kind.H2 || settings.isProtected() || console == null
                || !LedgerFiles.isEncrypted(settings.h2File())) {
            return settings; // without a terminal, opening says that the ledger needs its password
        }
        char[] typed = console.readPassword("Password for %s: ", settings.h2File());
        return typed == null || typed.length == 0 ? settings : settings.withPassword(new String(typed));
    }
}
