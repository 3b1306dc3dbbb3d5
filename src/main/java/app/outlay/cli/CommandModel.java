package app.outlay.cli;

import app.outlay.settings.AppPaths;
import app.outlay.settings.SettingsStore;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * The commands as picocli sees them, for what is generated from them at build time (man page, shell completion:
 * app.outlay.build). Nothing runs: the environment points nowhere and prints nowhere.
 */
public final class CommandModel {

    private CommandModel() {
    }

    public static CommandLine describe() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        AppPaths paths = AppPaths.under(Path.of("outlay-home-unused"));
        CliEnvironment environment = new CliEnvironment(paths, new SettingsStore(paths.settingsFile()), nowhere, nowhere);
        return new CommandLine(new CommandLineApp(), new CliFactory(environment));
    }
}
