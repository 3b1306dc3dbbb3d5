package app.outlay.data;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JDBC URL of a database to copy into ({@code outlay db copy TARGET}) as {@link DatabaseSettings}:
 * <ul>
 *   <li>{@code jdbc:h2:file:/path/name} (a trailing {@code .mv.db} is dropped; {@code ~} is the home folder);</li>
 *   <li>{@code jdbc:postgresql://host[:port]/database?user=u[&password=p][&sslmode=disable|prefer|require|verify-full]}.
 *       Without a password in the URL, {@code PGPASSWORD} is used, else none, and the driver reads
 *       {@code ~/.pgpass} itself.</li>
 * </ul>
 * Anything else is refused with an {@link IllegalArgumentException} that names the URL, never with its password.
 */
public final class JdbcTargets {

    private static final String H2_PREFIX = "jdbc:h2:file:";
    private static final String PG_PREFIX = "jdbc:postgresql://";
    private static final Set<String> PG_PARAMETERS = Set.of("user", "password", "sslmode");
    private static final String FORMS = "use jdbc:h2:file:/path/name or jdbc:postgresql://host:port/database?user=name";

    private JdbcTargets() {
    }

    /** Parses {@code url}, taking a PostgreSQL password from {@code PGPASSWORD} in {@code environment} if it has none. */
    public static DatabaseSettings parse(String url, Map<String, String> environment) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.startsWith(H2_PREFIX)) {
            return h2(trimmed);
        }
        if (trimmed.startsWith("jdbc:h2:")) {
            throw bad(trimmed, "only an H2 file can be a target (jdbc:h2:file:/path/name), not an in-memory, server or implicit database");
        }
        if (trimmed.startsWith(PG_PREFIX)) {
            return postgresql(trimmed, environment);
        }
        throw bad(trimmed, "not a database URL Outlay can copy to");
    }

    private static DatabaseSettings h2(String url) {
        String path = url.substring(H2_PREFIX.length());
        if (path.contains(";")) {
            throw bad(url, "H2 settings after ';' are not supported");
        }
        if (path.endsWith(".mv.db")) {
            path = path.substring(0, path.length() - ".mv.db".length());
        }
        if (path.equals("~") || path.startsWith("~/")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        if (path.isBlank() || path.endsWith("/")) {
            throw bad(url, "the file name is missing");
        }
        try {
            return DatabaseSettings.h2(Path.of(path));
        } catch (RuntimeException e) {
            throw bad(url, "not a valid file path");
        }
    }

    private static DatabaseSettings postgresql(String url, Map<String, String> environment) {
        URI uri;
        try {
            uri = new URI(url.substring("jdbc:".length()));
        } catch (URISyntaxException e) {
            throw bad(url, "not a valid URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw bad(url, "give the user as ?user=name, not before the host");
        }
        if (uri.getHost() == null) {
            throw bad(url, "the host is missing");
        }
        String path = uri.getRawPath();
        if (path == null || path.length() <= 1 || path.indexOf('/', 1) >= 0) {
            throw bad(url, "the database name is missing (…/database)");
        }
        Map<String, String> parameters = parameters(url, uri.getRawQuery());
        String user = parameters.get("user");
        if (user == null || user.isBlank()) {
            throw bad(url, "the user is missing (?user=name)");
        }
        DatabaseSettings.SslMode sslMode;
        try {
            sslMode = DatabaseSettings.SslMode.parse(parameters.get("sslmode"));
        } catch (IllegalArgumentException e) {
            throw bad(url, "sslmode must be disable, prefer, require or verify-full");
        }
        String password = parameters.get("password");
        if (password == null) {
            // The same rule as settings.Passwords: the driver does not read PGPASSWORD by itself.
            String fromEnvironment = environment.get("PGPASSWORD");
            password = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
        }
        return DatabaseSettings.postgresql(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                decode(url, path.substring(1)), user, sslMode, password);
    }

    private static Map<String, String> parameters(String url, String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!PG_PARAMETERS.contains(name)) {
                // Not named: with an unescaped '&' in a password, the "parameter" would be part of the password.
                throw bad(url, "only the parameters user, password and sslmode are supported");
            }
            parameters.put(name, eq < 0 ? "" : decode(url, pair.substring(eq + 1)));
        }
        return parameters;
    }

    /** Percent-decoding as the PostgreSQL driver does it. */
    private static String decode(String url, String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(url, "bad %-escape");
        }
    }

    private static IllegalArgumentException bad(String url, String reason) {
        return new IllegalArgumentException("Bad target '" + redact(url) + "': " + reason + " (" + FORMS + ").");
    }

    /** True when {@code url} carries a password (a {@code password} parameter, or {@code user:password@} before the host). */
    public static boolean hasPassword(String url) {
        if (url == null) {
            return false;
        }
        int hostStart = url.indexOf("//");
        int at = url.lastIndexOf('@');
        return url.matches("(?is).*[?&;]password=.*") || hostStart >= 0 && at > hostStart && url.substring(hostStart, at).contains(":");
    }

    /**
     * The URL as it may be shown: a password parameter (up to the next user or sslmode parameter, in case the
     * password holds an unescaped '&') as ***, and everything from {@code //} to the last {@code @} (user info,
     * whatever characters its password holds; rather too much than too little).
     */
    public static String redact(String url) {
        String shown = url.replaceAll("(?i)([?&;]password=).*?(?=[&;](?:user|sslmode)=|$)", "$1***");
        int hostStart = shown.indexOf("//");
        int at = shown.lastIndexOf('@');
        return hostStart >= 0 && at > hostStart ? shown.substring(0, hostStart + 2) + "***" + shown.substring(at) : shown;
    }
}
