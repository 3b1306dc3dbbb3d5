package app.outlay.rules;

import app.outlay.text.JsonStrings;
import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a rules file: an array of flat objects whose values are strings, numbers, booleans or null (read
 * as text). Strict and small: anything else is refused with where it went wrong, never half read. (The change
 * log's FlatJson reads only what Outlay wrote itself; this reads what anybody may have edited.)
 */
final class JsonRows {

    private final String json;
    private int at;

    private JsonRows(String json) {
        this.json = json;
    }

    /** @throws InvalidInputException saying where the text stops being such an array */
    static List<Map<String, String>> read(String json) {
        JsonRows reader = new JsonRows(json.startsWith("\uFEFF") ? json.substring(1) : json);
        List<Map<String, String>> rows = reader.array();
        reader.space();
        if (reader.at < reader.json.length()) {
            throw reader.problem(UserText.of("rules.json.end"));
        }
        return rows;
    }

    static String object(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(", ");
            }
            JsonStrings.quote(json, key).append(": ");
            if (value == null) {
                json.append("null");
            } else if (value.equals("true") || value.equals("false")) {
                json.append(value);
            } else {
                JsonStrings.quote(json, value);
            }
        });
        return json.append('}').toString();
    }

    private List<Map<String, String>> array() {
        expect('[');
        List<Map<String, String>> rows = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
            return rows;
        }
        while (true) {
            rows.add(object());
            space();
            char next = next();
            if (next == ']') {
                return rows;
            }
            if (next != ',') {
                throw problem("',' or ']'");
            }
        }
    }

    private Map<String, String> object() {
        expect('{');
        Map<String, String> values = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
            return values;
        }
        while (true) {
            space();
            String key = string();
            expect(':');
            space();
            values.put(key.toLowerCase(java.util.Locale.ROOT), value());
            space();
            char next = next();
            if (next == '}') {
                return values;
            }
            if (next != ',') {
                throw problem("',' or '}'");
            }
        }
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        for (String word : new String[] {"null", "true", "false"}) {
            if (json.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? null : word;
            }
        }
        int start = at;
        while (at < json.length() && "+-0123456789.eE".indexOf(json.charAt(at)) >= 0) {
            at++;
        }
        if (start == at) {
            throw problem(UserText.of("rules.json.value"));
        }
        return json.substring(start, at);
    }

    private String string() {
        expect('"');
        StringBuilder text = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return text.toString();
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case '"', '\\', '/' -> text.append(escaped);
                case 'u' -> {
                    if (at + 4 > json.length()) {
                        throw problem(UserText.of("rules.json.hex"));
                    }
                    try {
                        text.append((char) Integer.parseInt(json.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw problem(UserText.of("rules.json.hex"));
                    }
                    at += 4;
                }
                default -> throw problem(UserText.of("rules.json.escape"));
            }
        }
    }

    private void expect(char c) {
        space();
        if (next() != c) {
            at--;
            throw problem("'" + c + "'");
        }
    }

    private char peek() {
        if (at >= json.length()) {
            throw problem(UserText.of("rules.json.more"));
        }
        return json.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void space() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }

    private InvalidInputException problem(Object expected) {
        int line = 1;
        for (int i = 0; i < Math.min(at, json.length()); i++) {
            if (json.charAt(i) == '\n') {
                line++;
            }
        }
        return new InvalidInputException(UserText.of("rules.json.problem", line, expected));
    }
}
