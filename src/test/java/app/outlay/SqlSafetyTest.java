package app.outlay;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No SQL or HQL built from values: every query method's SQL argument is literals and constants only, and values go
 * in as parameters. A pragmatic source scan — it sees concatenation inside the call, not a string built elsewhere
 * and passed in by name — with a short allow-list of places that splice in names this code itself chose.
 */
class SqlSafetyTest {

    private static final Pattern QUERY_CALL = Pattern.compile("\\b(createQuery|createSelectionQuery|createMutationQuery"
            + "|createNativeQuery|createNativeMutationQuery|prepareStatement|prepareCall|executeQuery|executeUpdate"
            + "|executeLargeUpdate|execute|addBatch)\\s*\\(");
    private static final Pattern CONSTANT = Pattern.compile("(\\w+\\.)*[A-Z][A-Z0-9_]*|\\d+L?");

    /** File name → the non-constant parts it may splice into SQL, and why that is safe. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // Table names from its own constant list (TABLES), and a number it computed.
            "DatabaseCopy.java", Set.of("table.sequence()", "(Math.max(copiedMax, used) + increment)"),
            // The table and column names of a CopiedTable, all constants in DatabaseCopy.TABLES; "?" marks.
            "CopiedTable.java", Set.of("names", "name", "marks", "orderBy"),
            // "?, ?, ?": one bind mark per id of a slice of expenses.
            "TagLinks.java", Set.of("marks"),
            "SplitLinks.java", Set.of("marks"),
            "AttachmentStore.java", Set.of("marks"),
            "KeptTotals.java", Set.of("marks"),
            // count(connection, "expense" | "category"): names given by the class itself.
            "DatabaseInspector.java", Set.of("table"),
            // The WHERE clause of a filter (plus the keyset condition) and the ORDER BY of an ExpenseOrder: fixed
            // fragments only; the filter's values and the page's starting row are bound as parameters.
            "ExpenseQueries.java", Set.of("where.clause", "clause", "order.orderBy()"));

    @Test
    void queriesAreNotBuiltFromValues() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> allowancesUsed = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                for (String operand : splicedOperands(Files.readString(file))) {
                    if (ALLOWED.getOrDefault(name, Set.of()).contains(operand)) {
                        allowancesUsed.add(name + ":" + operand);
                    } else {
                        violations.add(file + ": '" + operand + "' is spliced into SQL; bind it as a parameter");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
        Set<String> allowances = new HashSet<>();
        ALLOWED.forEach((file, operands) -> operands.forEach(operand -> allowances.add(file + ":" + operand)));
        assertThat(allowancesUsed).as("allow-list entries that no longer match anything should go").isEqualTo(allowances);
    }

    @Test
    void theScanSeesConcatenatedValues() {
        String source = """
                class X {
                    void a() { statement.executeQuery("select * from expense where description = '" + description + "'"); }
                    void b() { session.createSelectionQuery("select e from Expense e where e.id = :id" + SUFFIX, Long.class); }
                    // statement.execute("drop " + commentedOut);
                    void c() { String s = "execute(" + notACall; }
                    void d() { connection.prepareStatement(
                            "update t set a = 1 where b = " + Long.toString(id)); }
                }
                """;
        assertThat(splicedOperands(source)).containsExactly("description", "Long.toString(id)");
    }

    /** The non-constant operands of '+' in the first argument of every query call. */
    static List<String> splicedOperands(String source) {
        String code = withoutCommentsAndStrings(source);
        List<String> operands = new ArrayList<>();
        Matcher call = QUERY_CALL.matcher(code);
        while (call.find()) {
            String argument = firstArgument(source, code, call.end());
            List<String> parts = topLevelSplit(argument, code.substring(call.end(), call.end() + argument.length()), '+');
            if (parts.size() < 2) {
                continue;
            }
            for (String part : parts) {
                String operand = part.strip();
                if (!operand.startsWith("\"") && !CONSTANT.matcher(operand).matches()) {
                    operands.add(operand);
                }
            }
        }
        return operands;
    }

    /** The source with comments blanked and string/char literal contents replaced by '_' (quotes kept), same length. */
    private static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                while (i < end) {
                    out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                out.append("\"\"\"");
                for (int j = i + 3; j < end - 3; j++) {
                    out.append(source.charAt(j) == '\n' ? '\n' : '_');
                }
                out.append("\"\"\"");
                i = end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                out.append(quote);
                i++;
                while (i < source.length() && source.charAt(i) != quote) {
                    if (source.charAt(i) == '\\') {
                        out.append('_');
                        i++;
                    }
                    out.append('_');
                    i++;
                }
                if (i < source.length()) {
                    out.append(quote);
                    i++;
                }
            } else {
                out.append(source.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The original text of the argument starting at {@code start}: up to a top-level ',' or the closing ')'. */
    private static String firstArgument(String source, String code, int start) {
        int depth = 0;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return source.substring(start, i);
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return source.substring(start, i);
            }
        }
        return source.substring(start);
    }

    /** Splits the original text at top-level {@code separator}s, using the masked text to see structure. */
    private static List<String> topLevelSplit(String original, String masked, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < masked.length(); i++) {
            char c = masked.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(original.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(original.substring(from));
        return parts;
    }
}
