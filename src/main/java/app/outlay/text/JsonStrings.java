package app.outlay.text;

/** A string written as a JSON string literal: the one quoting for the change log's values and the rules files. */
public final class JsonStrings {

    private JsonStrings() {
    }

    /** Appends {@code text} to {@code json} in double quotes, escaping what JSON requires. */
    public static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
