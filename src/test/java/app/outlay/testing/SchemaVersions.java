package app.outlay.testing;

import app.outlay.data.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema versions this build ships, read from the migration scripts themselves (shared and per database),
 * so tests that name "the newest schema" follow a new migration without being edited.
 */
public final class SchemaVersions {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

    private SchemaVersions() {
    }

    /** Every version a fresh database of this kind is migrated through, in order: "1", "2", … */
    public static List<String> all(DatabaseSettings.Kind kind) {
        List<Integer> versions = new ArrayList<>();
        versions.addAll(in("db/migration"));
        versions.addAll(in("db/vendor/" + (kind == DatabaseSettings.Kind.POSTGRESQL ? "postgresql" : "h2")));
        return versions.stream().sorted().map(String::valueOf).toList();
    }

    public static String newest(DatabaseSettings.Kind kind) {
        List<String> all = all(kind);
        return all.get(all.size() - 1);
    }

    private static List<Integer> in(String folder) {
        URL url = SchemaVersions.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(file -> VERSIONED.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> Integer.valueOf(m.group(1))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
