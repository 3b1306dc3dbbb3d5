package app.outlay.cli;

import app.outlay.data.DatabaseSettings;
import app.outlay.settings.AppPaths;
import app.outlay.settings.Passwords;
import app.outlay.settings.SettingsStore;

import java.io.PrintWriter;

/** What every command needs: the folders, the settings and where to print. */
record CliEnvironment(AppPaths paths, SettingsStore settings, PrintWriter out, PrintWriter err) {

    DatabaseSettings databaseSettings() {
        return LedgerPrompt.askIfProtected(Passwords.fromEnvironment(settings.databaseSettings(paths), System.getenv()));
    }
}
