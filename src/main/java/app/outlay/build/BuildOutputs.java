package app.outlay.build;

import app.outlay.cli.CommandModel;
import picocli.AutoComplete;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * Writes the files the packages ship beside the jar, at {@code mvn package} (pom.xml, exec-maven-plugin), after
 * cyclonedx-maven-plugin has written {@code target/legal/outlay-sbom.xml}:
 * <pre>
 *   target/legal/LICENSE, THIRD-PARTY-NOTICES.txt
 *   target/man/outlay.1
 *   target/completion/outlay.bash (bash, and zsh through _outlay), _outlay
 * </pre>
 * Arguments: project folder, target folder, version. Not part of the running app.
 */
public final class BuildOutputs {

    private BuildOutputs() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path target = Path.of(args[1]);
        String version = args[2];
        Path legal = Files.createDirectories(target.resolve("legal"));
        Files.copy(project.resolve("LICENSE"), legal.resolve("LICENSE"), StandardCopyOption.REPLACE_EXISTING);
        write(legal.resolve("THIRD-PARTY-NOTICES.txt"),
                Notices.text("Outlay", version, Notices.read(legal.resolve("outlay-sbom.xml"))));
        CommandLine commands = CommandModel.describe();
        write(target.resolve("man").resolve("outlay.1"), ManPage.of(commands, version, buildDate()));
        write(target.resolve("completion").resolve("outlay.bash"), AutoComplete.bash("outlay", commands));
        write(target.resolve("completion").resolve("_outlay"), zshCompletion());
    }

    /**
     * zsh finds completions as functions named _outlay on its fpath; picocli's script is for bash and zsh's
     * bashcompinit, so this one loads it from where the package installs it and completes with it.
     */
    static String zshCompletion() {
        return """
                #compdef outlay
                # Outlay's completion is picocli's bash script (also installed for bash), run through zsh's bashcompinit.
                autoload -U +X bashcompinit && bashcompinit
                source /usr/share/bash-completion/completions/outlay
                _bash_complete -F _complete_outlay "$@"
                """;
    }

    /** SOURCE_DATE_EPOCH when the build sets it (reproducible builds), else today. */
    private static LocalDate buildDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        return epoch == null || epoch.isBlank() ? LocalDate.now()
                : LocalDate.ofEpochDay(Long.parseLong(epoch.trim()) / 86_400);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
