package app.outlay.data;

import app.outlay.text.UserText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** "Test connection": one plain connection, no pool and no migration, that reports the server's version or why not. */
public final class ConnectionCheck {

    private ConnectionCheck() {
    }

    /** The outcome: the server's name and version, or the problem. */
    public record Result(UserText server, ConnectionProblem problem) {
        public boolean ok() {
            return problem == null;
        }

        /** The server's name and version (or what a new embedded file will be), in English. */
        public String serverVersion() {
            return server == null ? null : server.english();
        }
    }

    /** Blocks for up to a few seconds: call it off the FX thread. */
    public static Result test(DatabaseSettings settings) {
        if (settings.kind() == DatabaseSettings.Kind.H2 && !Files.exists(settings.h2File())) {
            return newEmbeddedFile(settings);
        }
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        if (settings.connectionPassword() != null) {
            properties.setProperty("password", settings.connectionPassword());
        }
        // IFEXISTS: testing an embedded database must never create one.
        String url = settings.kind() == DatabaseSettings.Kind.H2 ? settings.jdbcUrl() + ";IFEXISTS=TRUE" : settings.jdbcUrl();
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            var meta = connection.getMetaData();
            return new Result(UserText.of("verbatim", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()), null);
        } catch (SQLException | RuntimeException e) {
            return new Result(null, ConnectionProblem.of(e, settings));
        }
    }

    /** A new embedded file is fine where its folder can be made and written to. */
    private static Result newEmbeddedFile(DatabaseSettings settings) {
        Path folder = settings.h2Base().toAbsolutePath().getParent();
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return new Result(null, new ConnectionProblem(ConnectionProblem.Kind.OTHER,
                    UserText.of("problem.folder.notWritable", folder.toString())));
        }
        return new Result(UserText.of("check.newEmbedded"), null);
    }
}
