package app.outlay.testing;

import app.outlay.cli.CommandLineApp;
import app.outlay.settings.AppPaths;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs {@code outlay ARGS} in this JVM on a data folder, as the launcher would, and keeps what it printed. */
public final class CliRun {

    /** The exit code and what went to standard output and standard error. */
    public record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    public static Result in(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineApp.run(AppPaths.under(home).createFolders(), args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
