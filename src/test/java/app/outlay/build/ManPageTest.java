package app.outlay.build;

import app.outlay.cli.CommandModel;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** outlay(1) and the shell completion are written from the commands themselves, so every command is in them. */
class ManPageTest {

    private final CommandLine commands = CommandModel.describe();
    private final String page = ManPage.of(commands, "1.2.3", LocalDate.of(2026, 12, 4));

    @Test
    void headerNamesTheVersionAndDate() {
        assertThat(page).startsWith(".TH OUTLAY 1 \"2026-12-04\" \"Outlay 1.2.3\" \"User Commands\"\n.SH NAME\noutlay \\- ");
        assertThat(page).contains(".SH SYNOPSIS", ".SH OPTIONS", ".SH COMMANDS", ".SH EXIT STATUS", ".SH FILES");
    }

    @Test
    void everyCommandAndOptionIsDescribed() {
        commands.getSubcommands().forEach((name, sub) -> {
            assertThat(page).contains(".SS \"outlay " + name + "\"");
            sub.getCommandSpec().options().stream().filter(option -> !option.hidden()).forEach(option ->
                    assertThat(page).as("option %s of %s", option.longestName(), name)
                            .contains("\\fB" + ManPage.escape(option.longestName()) + "\\fR"));
        });
        assertThat(page).contains(".SS \"outlay db migrate\"", "\\fB\\-\\-dry\\-run\\fR");
    }

    @Test
    void troffControlCharactersAreEscaped() {
        assertThat(ManPage.escape("a\\b --x")).isEqualTo("a\\eb \\-\\-x");
        assertThat(ManPage.escape(".starts with a dot\n'and a quote")).isEqualTo("\\&.starts with a dot\n\\&'and a quote");
        // No line of the page may start a request by accident: only the page's own requests start with a dot.
        assertThat(page.lines().filter(line -> line.startsWith(".") && !line.matches("^\\.(TH|SH|SS|TP|PP|nf|fi|B|BR|I) ?.*")))
                .isEmpty();
    }

    @Test
    void bashCompletionKnowsEveryCommand() {
        String script = AutoComplete.bash("outlay", commands);
        assertThat(script).contains("complete -F _complete_outlay", "import", "export", "--dry-run");
        assertThat(BuildOutputs.zshCompletion()).startsWith("#compdef outlay\n").contains("_complete_outlay");
    }
}
