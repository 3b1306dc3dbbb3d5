package app.outlay.csv;

import app.outlay.files.AtomicReplace;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/** Saved profiles, one {@code NAME.properties} file each under {@code <settings>/import-profiles/}. */
public final class ImportProfiles {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._-]");

    private final Path folder;

    public ImportProfiles(Path settingsDir) {
        this.folder = settingsDir.resolve("import-profiles");
    }

    public Path folder() {
        return folder;
    }

    public List<ImportProfile> list() {
        List<ImportProfile> profiles = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return profiles;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.properties")) {
            for (Path file : files) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Properties p = new Properties();
                    p.load(in);
                    profiles.add(ImportProfile.fromProperties(p));
                } catch (RuntimeException | IOException unreadable) {
                    // A hand-edited profile that no longer reads is left alone rather than breaking the import.
                }
            }
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.profiles.unreadable", folder.toString(), String.valueOf(e.getMessage())), e);
        }
        profiles.sort(Comparator.comparing(ImportProfile::name, String.CASE_INSENSITIVE_ORDER));
        return profiles;
    }

    public Optional<ImportProfile> find(String name) {
        return list().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The profile saved for files with this header, if any. */
    public Optional<ImportProfile> forHeader(String headerSignature) {
        if (headerSignature == null) {
            return Optional.empty();
        }
        return list().stream().filter(p -> headerSignature.equals(p.headerSignature())).findFirst();
    }

    /** Saves (or replaces) a profile: written to a temporary file, then renamed, so a crash leaves no half file. */
    public Path save(ImportProfile profile) {
        Path target = folder.resolve(fileName(profile.name()));
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "profile", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                profile.toProperties().store(out, "Outlay import profile");
            }
            AtomicReplace.move(temp, target);
            return target;
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.profile.unwritable", profile.name(), String.valueOf(e.getMessage())), e);
        }
    }

    static String fileName(String name) {
        String safe = UNSAFE.matcher(name.strip()).replaceAll("_");
        return (safe.isEmpty() ? "profile" : safe) + ".properties";
    }
}
