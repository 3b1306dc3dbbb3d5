package app.outlay.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text for people written straight into code instead of the messages bundles: in Java, string literals that
 * read like words, and any literal handed to a method that puts text on the screen; in FXML, text attributes that
 * are not a {@code %key}. What it may pass (CSS classes, ids, keys, paths, SQL, log messages…) is decided here and
 * in the test's short allow-list.
 */
final class UserTextScanner {

    /** A literal that looks like text for people, where it was found. */
    record Finding(String file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + text + "\"";
        }
    }

    /** Two words in a row, or one capitalised word: "Could not load", "Hello". */
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[ \\u00a0]+\\p{L}{2,}|^\\p{Lu}\\p{Ll}{2,}");
    /** Calls whose first argument is shown as it is. */
    private static final Pattern TEXT_SINK = Pattern.compile(
            "(\\.(setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText|setAccessibleHelp"
                    + "|setAccessibleRoleDescription|showError|confirm|showNotice|setName)"
                    + "|new (Label|Button|MenuItem|Menu|Tooltip|CheckBox|RadioButton|ToggleButton|Hyperlink|Text"
                    + "|TableColumn|ButtonType|Tab|TitledPane|RadioMenuItem|CheckMenuItem)(<[^>]*>)?)\\s*\\(\\s*$");
    /** Logging: what goes to the log file is for developers and stays English. */
    private static final Pattern LOG_CALL = Pattern.compile("\\b(log|logger|LoggerFactory\\.getLogger\\([^)]*\\))\\s*\\.\\s*(trace|debug|info|warn|error)\\s*\\(");
    /** Text compared with what came in (a driver's message, a bank's header), not shown. */
    private static final Pattern COMPARED = Pattern.compile(
            "\\.(contains|startsWith|endsWith|equals|equalsIgnoreCase|indexOf|lastIndexOf|matches|replace|replaceAll|split)\\s*\\(\\s*$");
    /** SQL and HQL, whole or in pieces, which are not for people to read. */
    private static final Pattern SQL = Pattern.compile(
            "(?i).*\\b(select|insert into|update|delete from|from|where|and|or|order by|group by|join|alter|restart with|is null|like|between)\\b.*");
    /** What prose does not have: {@code <>}, {@code :param}, {@code e.spentOn}, {@code snake_case}, or a statement's first word. */
    private static final Pattern SQL_SIGNS = Pattern.compile(
            "<>|:[a-z]|\\b[a-z]\\.[a-z]{2,}|[a-z]_[a-z]|^\\s*\\(?\\s*(select|insert|update|delete|from|alter|create|drop|order by|group by|restart with)\\b");
    /** A qualified Java class name, as in an HQL constructor expression. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z]+)+\\.\\p{Lu}");
    /** A date-time pattern such as {@code LLLL yyyy} or {@code d MMM yyyy}. */
    private static final Pattern DATE_PATTERN = Pattern.compile("(([GuyMLdDEeQqwWabhHkKmsS])\\2*[ .,/:-]*)+");
    /** An identifier written in CamelCase, e.g. a registry value's name. */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\p{Lu}\\p{Ll}+(\\p{Lu}\\p{Ll}*)+");
    /** A bundle key, a CSS class or id, a resource or file name, a CSS property: not words for people. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "[a-z][A-Za-z0-9]*([.-][A-Za-z0-9]+)+|[#.]?[a-z][A-Za-z0-9-]*|/?[\\w./-]+\\.(fxml|css|png|properties|csv|mv\\.db|db)|-fx-[a-z-]+:.*");
    /** FXML attributes whose value people read. */
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|accessibleText|accessibleHelp|accessibleRoleDescription|title|headerText|contentText)\\s*=\\s*\"([^\"]*)\"");

    private UserTextScanner() {
    }

    /** Literals in {@code source} that look like text for people, except those in {@code allowed}. */
    static List<Finding> scanJava(String file, String source, Set<String> allowed) {
        List<Finding> findings = new ArrayList<>();
        for (Literal literal : literals(source)) {
            String lineBefore = literal.before();
            if (allowed.contains(literal.text()) || LOG_CALL.matcher(lineBefore).find() || COMPARED.matcher(lineBefore).find()) {
                continue;
            }
            boolean shown = TEXT_SINK.matcher(lineBefore).find() && unescaped(literal.text()).chars().anyMatch(Character::isLetter);
            if (shown || looksLikeWords(literal.text())) {
                findings.add(new Finding(file, literal.line(), literal.text()));
            }
        }
        return findings;
    }

    /** Text attributes of an FXML file that are neither a {@code %key}, nor a {@code $reference}, nor symbols or numbers. */
    static List<Finding> scanFxml(String file, String source) {
        List<Finding> findings = new ArrayList<>();
        Matcher matcher = FXML_TEXT.matcher(source);
        while (matcher.find()) {
            String value = matcher.group(2);
            if (!value.startsWith("%") && !value.startsWith("$") && value.chars().anyMatch(Character::isLetter)) {
                findings.add(new Finding(file, lineOf(source, matcher.start()), value));
            }
        }
        return findings;
    }

    static boolean looksLikeWords(String text) {
        String trimmed = unescaped(text).strip();
        if (TECHNICAL.matcher(trimmed).matches() || DATE_PATTERN.matcher(trimmed).matches() || CAMEL_CASE.matcher(trimmed).matches()
                || CLASS_NAME.matcher(trimmed).find() || SQL.matcher(trimmed).matches() && SQL_SIGNS.matcher(trimmed).find()) {
            return false;
        }
        return WORDS.matcher(trimmed).find();
    }

    /** The literal's text with {@code \\uXXXX} and the usual escapes read, so a symbol written as an escape is a symbol. */
    static String unescaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                if (next == 'u' && i + 4 < text.length()) {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(next == 'n' || next == 't' || next == 'r' ? ' ' : next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A string literal's text (escapes as written), its line, and the code before it on that line. */
    record Literal(String text, int line, String before) {
    }

    /** The string literals of Java source, leaving out comments, char literals and text blocks' insides. */
    static List<Literal> literals(String source) {
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < source.length() && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (source.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                String block = source.substring(i + 3, Math.max(i + 3, end - 3));
                found.add(new Literal(block.strip(), line, source.substring(lineStart, i)));
                for (int k = i; k < end; k++) {
                    if (source.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                int end = skipQuoted(source, i, '"');
                found.add(new Literal(source.substring(i + 1, end - 1), line, source.substring(lineStart, i)));
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** The index just after the closing quote of the literal opening at {@code start}. */
    private static int skipQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }

    private static int lineOf(String source, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
