package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseSettings;
import app.outlay.service.category.DefaultCategories;
import app.outlay.settings.AppPaths;
import app.outlay.settings.Passwords;
import app.outlay.settings.SettingsStore;

import java.io.PrintWriter;
import java.util.Locale;

/** What every command needs: the folders, the settings and where to print. */
record CliEnvironment(AppPaths paths, SettingsStore settings, PrintWriter out, PrintWriter err) {

    DatabaseSettings databaseSettings() {
        return LedgerPrompt.askIfProtected(Passwords.fromEnvironment(settings.databaseSettings(paths), System.getenv()));
    }

    /** A ledger a command creates gets its default categories in the user's language (settings, else the system's). */
    Database named(Database opened) {
        return DefaultCategories.nameInLanguage(opened, settings.language().locale(Locale.getDefault()));
    }
}
