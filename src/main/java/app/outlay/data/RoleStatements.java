package app.outlay.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@link LedgerRoles}, kept in {@code ledger-roles.sql} beside this class: one section per use, with
 * {@code {name}} placeholders that are filled with identifiers quoted as PostgreSQL reads them exactly. Role and
 * schema names cannot be bound as parameters in GRANT statements; quoting is what keeps them names.
 */
final class RoleStatements {

    private static final Map<String, List<String>> SECTIONS = read();

    private RoleStatements() {
    }

    /** The statements of {@code section}, each placeholder replaced by its quoted name. */
    static List<String> of(String section, Map<String, String> names) {
        List<String> templates = SECTIONS.get(section);
        if (templates == null) {
            throw new IllegalArgumentException(section); // a section ledger-roles.sql does not have
        }
        List<String> statements = new ArrayList<>();
        for (String template : templates) {
            String statement = template;
            for (Map.Entry<String, String> name : names.entrySet()) {
                statement = statement.replace("{" + name.getKey() + "}", quote(name.getValue()));
            }
            if (statement.contains("{")) {
                throw new IllegalArgumentException(statement); // a placeholder no name was given for
            }
            statements.add(statement);
        }
        return statements;
    }

    /** An identifier as PostgreSQL reads it exactly, whatever it holds. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = RoleStatements.class.getResourceAsStream("ledger-roles.sql")) {
            if (in == null) {
                throw new IllegalStateException("ledger-roles.sql"); // missing from the build
            }
            Map<String, List<String>> sections = new HashMap<>();
            List<String> current = null;
            StringBuilder statement = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("-- [")) {
                    current = new ArrayList<>();
                    sections.put(trimmed.substring(4, trimmed.indexOf(']')), current);
                } else if (!trimmed.isEmpty() && !trimmed.startsWith("--") && current != null) {
                    statement.append(statement.length() == 0 ? "" : " ").append(trimmed);
                    if (trimmed.endsWith(";")) {
                        current.add(statement.substring(0, statement.length() - 1));
                        statement.setLength(0);
                    }
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
