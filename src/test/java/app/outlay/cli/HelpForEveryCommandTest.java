package app.outlay.cli;

import app.outlay.settings.AppPaths;
import app.outlay.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command and subcommand in the picocli model answers --help, and "outlay help CMD", with exit 0. */
class HelpForEveryCommandTest {

    @TempDir
    Path home;

    private record Result(int code, String out, String err) {
    }

    private Result run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), args.toArray(String[]::new),
                new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** The path of every command below "outlay", e.g. [import], [db], [db, migrate]. */
    private List<List<String>> everyCommand() {
        AppPaths paths = AppPaths.under(home).createFolders();
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        CommandLine root = CommandLineApp.commandLine(
                new CliEnvironment(paths, new SettingsStore(paths.settingsFile()), nowhere, nowhere));
        List<List<String>> commands = new ArrayList<>();
        collect(root, List.of(), commands);
        return commands;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = Stream.concat(path.stream(), Stream.of(name)).toList();
            into.add(subPath);
            collect(sub, subPath, into);
        });
    }

    @Test
    void theModelHasTheCommandsTheReadmeNames() {
        assertThat(everyCommand()).contains(List.of("import"), List.of("export"), List.of("report"), List.of("db"),
                List.of("db", "migrate"), List.of("db", "info"), List.of("backup"), List.of("restore"), List.of("help"));
    }

    @Test
    void everyCommandAnswersHelpWithExitZero() {
        for (List<String> command : everyCommand()) {
            for (String option : List.of("--help", "-h")) {
                Result result = run(Stream.concat(command.stream(), Stream.of(option)).toList());
                assertThat(result.code()).as("outlay %s %s: %s", String.join(" ", command), option, result.err()).isZero();
                assertThat(result.out()).as("outlay %s %s", String.join(" ", command), option)
                        .contains("Usage: outlay " + String.join(" ", command));
                assertThat(result.err()).isEmpty();
            }
        }
    }

    @Test
    void helpCommandShowsEachCommandsHelpWithExitZero() {
        for (List<String> command : everyCommand()) {
            if (command.size() > 1) {
                continue; // "outlay help" takes one command; "outlay db migrate --help" covers the nested ones
            }
            Result result = run(Stream.concat(Stream.of("help"), command.stream()).toList());
            assertThat(result.code()).as("outlay help %s: %s", command.get(0), result.err()).isZero();
            assertThat(result.out()).contains("Usage: outlay " + command.get(0));
        }
        Result overview = run(List.of("help"));
        assertThat(overview.code()).isZero();
        assertThat(overview.out()).startsWith("Usage: outlay").contains("import", "export", "help");
    }
}
