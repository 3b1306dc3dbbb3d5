package app.outlay.build;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The man page outlay(1), in troff, written from the commands' picocli model: every command with its synopsis,
 * description, options and parameters, so it cannot drift from {@code outlay COMMAND --help}. Written directly
 * rather than through picocli's AsciiDoc generator and Asciidoctor, which would bring a Ruby runtime into the build
 * for one page.
 */
public final class ManPage {

    private ManPage() {
    }

    public static String of(CommandLine root, String version, LocalDate date) {
        CommandSpec spec = root.getCommandSpec();
        StringBuilder page = new StringBuilder();
        page.append(".TH OUTLAY 1 \"").append(date).append("\" \"Outlay ").append(escape(version))
                .append("\" \"User Commands\"\n");
        page.append(".SH NAME\noutlay \\- ").append(escape(firstSentence(spec))).append('\n');
        page.append(".SH SYNOPSIS\n");
        synopsis(page, spec);
        page.append(".SH DESCRIPTION\n").append(escape(String.join(" ", spec.usageMessage().description()))).append('\n');
        page.append(".PP\nThe same program opens the window when it is given no command, or only a file to import "
                + "(as the desktop's \\(lqOpen with\\(rq does).\n");
        page.append(".SH OPTIONS\n");
        options(page, spec);
        page.append(".SH COMMANDS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            command(page, sub.getCommandSpec());
        }
        page.append("""
                .SH EXIT STATUS
                .TP
                .B 0
                Success.
                .TP
                .B 1
                Failure; one line on standard error says why.
                .TP
                .B 2
                Bad usage: an unknown command or option, or a missing or malformed argument.
                .SH ENVIRONMENT
                .TP
                .B OUTLAY_HOME
                Keep settings, database, logs and backups in this one folder.
                .TP
                .B PGPASSWORD
                The PostgreSQL password, when the settings name a server.
                .TP
                .BR XDG_CONFIG_HOME ", " XDG_DATA_HOME ", " XDG_STATE_HOME
                Where settings, data and logs go on Linux (absolute paths only; see FILES).
                .SH FILES
                .TP
                .I ~/.config/outlay/settings.properties
                Settings: database kind, PostgreSQL host, port, database and user (never a password).
                .TP
                .I ~/.local/share/outlay/
                The embedded database (data/outlay.mv.db) and backups.
                .TP
                .I ~/.local/state/outlay/
                Logs: outlay\\-window.\\fIDATE\\fR.log and outlay\\-cli.\\fIDATE\\fR.log, kept 14 days.
                .SH SEE ALSO
                The README of Outlay, and \\fBoutlay \\fICOMMAND\\fB \\-\\-help\\fR.
                """);
        return page.toString();
    }

    private static void command(StringBuilder page, CommandSpec spec) {
        if (spec.usageMessage().hidden()) {
            return;
        }
        page.append(".SS \"").append(escape(spec.qualifiedName(" "))).append("\"\n");
        synopsis(page, spec);
        page.append(".PP\n").append(escape(String.join(" ", spec.usageMessage().description()))).append('\n');
        options(page, spec);
        for (CommandLine sub : spec.subcommands().values()) {
            command(page, sub.getCommandSpec());
        }
    }

    private static void synopsis(StringBuilder page, CommandSpec spec) {
        String usage = new CommandLine.Help(spec, new CommandLine.Help.ColorScheme.Builder(CommandLine.Help.Ansi.OFF).build())
                .synopsis(0).strip().replaceAll("\\s+", " ");
        page.append(".nf\n").append(escape(usage)).append("\n.fi\n");
    }

    private static void options(StringBuilder page, CommandSpec spec) {
        List<PositionalParamSpec> parameters = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        for (PositionalParamSpec parameter : parameters) {
            page.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR\n")
                    .append(escape(String.join(" ", parameter.description()))).append('\n');
        }
        for (OptionSpec option : options) {
            String names = option.names().length == 0 ? "" : java.util.Arrays.stream(option.names())
                    .map(name -> "\\fB" + escape(name) + "\\fR").collect(Collectors.joining(", "));
            String label = option.arity().max() > 0 ? " \\fI" + escape(option.paramLabel()) + "\\fR" : "";
            page.append(".TP\n").append(names).append(label).append('\n')
                    .append(escape(String.join(" ", option.description()))).append('\n');
        }
    }

    private static String firstSentence(CommandSpec spec) {
        String description = String.join(" ", spec.usageMessage().description());
        int end = description.indexOf(". ");
        return end < 0 ? description.replaceAll("\\.$", "") : description.substring(0, end);
    }

    /**
     * Text safe in troff: a backslash is written {@code \e}, a minus {@code \-} (so it is a real minus, which
     * man's search and copying from the page expect), and a line starting with a dot or quote is guarded by {@code \&}.
     */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.lines().map(line -> line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line)
                .collect(Collectors.joining("\n"));
    }
}
