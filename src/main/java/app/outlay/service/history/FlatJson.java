package app.outlay.service.history;

import app.outlay.text.JsonStrings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The change log's before/after values: a flat JSON object whose values are strings or null, e.g.
 * {@code {"date":"2026-03-03","amount":"12.50","notes":null}}. Plain JSON, so scripts and other tools can read it.
 */
public final class FlatJson {

    private FlatJson() {
    }

    public static String write(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            JsonStrings.quote(json, key).append(':');
            if (value == null) {
                json.append("null");
            } else {
                JsonStrings.quote(json, value);
            }
        });
        return json.append('}').toString();
    }

    public static Map<String, String> read(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        if (json == null) {
            return values;
        }
        int[] at = {json.indexOf('{') + 1};
        while (true) {
            skipSpace(json, at);
            if (json.charAt(at[0]) == '}') {
                return values;
            }
            if (json.charAt(at[0]) == ',') {
                at[0]++;
                skipSpace(json, at);
            }
            String key = string(json, at);
            skipSpace(json, at);
            at[0]++; // ':'
            skipSpace(json, at);
            if (json.startsWith("null", at[0])) {
                values.put(key, null);
                at[0] += 4;
            } else {
                values.put(key, string(json, at));
            }
        }
    }

    private static String string(String json, int[] at) {
        StringBuilder text = new StringBuilder();
        int i = at[0] + 1; // after the opening quote
        while (json.charAt(i) != '"') {
            char c = json.charAt(i++);
            if (c == '\\') {
                char escaped = json.charAt(i++);
                switch (escaped) {
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'u' -> {
                        text.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> text.append(escaped);
                }
            } else {
                text.append(c);
            }
        }
        at[0] = i + 1;
        return text.toString();
    }

    private static void skipSpace(String json, int[] at) {
        while (Character.isWhitespace(json.charAt(at[0]))) {
            at[0]++;
        }
    }
}
