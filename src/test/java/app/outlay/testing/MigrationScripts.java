package app.outlay.testing;

import app.outlay.data.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The schema versions this build's migration scripts make, read from the scripts themselves (the shared ones and
 * the database's own), so tests need no edit when a migration is added.
 */
public final class MigrationScripts {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private MigrationScripts() {
    }

    /** Every version for this kind of database, oldest first, as Flyway writes them ({@code 7_1} → {@code 7.1}). */
    public static List<String> versions(DatabaseSettings.Kind kind) {
        List<String> versions = new ArrayList<>(versionsIn("db/migration"));
        versions.addAll(versionsIn("db/vendor/" + (kind == DatabaseSettings.Kind.POSTGRESQL ? "postgresql" : "h2")));
        versions.sort(MigrationScripts::compare);
        return versions;
    }

    /** The newest version for this kind of database. */
    public static String newest(DatabaseSettings.Kind kind) {
        List<String> versions = versions(kind);
        return versions.get(versions.size() - 1);
    }

    private static List<String> versionsIn(String folder) {
        URL url = MigrationScripts.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<String> versions = new ArrayList<>();
            files.forEach(file -> {
                Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    versions.add(matcher.group(1).replace('_', '.'));
                }
            });
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int compare(String a, String b) {
        int[] x = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] y = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(x, y);
    }

}
