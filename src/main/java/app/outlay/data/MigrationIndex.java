package app.outlay.data;

import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of the migration scripts this build ships, listed straight from the class path (a folder, or the
 * jar the class loader has open anyway). Flyway lists them too, but with its whole machinery, and the everyday
 * start only needs to know whether the database already has every one of them ({@link SchemaLook}).
 */
final class MigrationIndex {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private MigrationIndex() {
    }

    /** The versions under Flyway locations such as {@code classpath:db/migration}, in no particular order. */
    static List<MigrationVersion> versions(List<String> locations) {
        return versions(locations, MigrationIndex.class.getClassLoader());
    }

    static List<MigrationVersion> versions(List<String> locations, ClassLoader classLoader) {
        List<MigrationVersion> versions = new ArrayList<>();
        for (String location : locations) {
            String folder = location.replaceFirst("^classpath:", "");
            URL url = classLoader.getResource(folder);
            if (url != null) {
                names(url, folder).forEach(name -> {
                    Matcher matcher = VERSIONED.matcher(name);
                    if (matcher.matches()) {
                        versions.add(MigrationVersion.fromVersion(matcher.group(1).replace('_', '.')));
                    }
                });
            }
        }
        return versions;
    }

    private static List<String> names(URL url, String folder) {
        try {
            if (url.getProtocol().equals("jar")) {
                JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                List<String> names = new ArrayList<>();
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                        names.add(name.substring(folder.length() + 1));
                    }
                }
                return names;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(file -> file.getFileName().toString()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the migrations in " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
