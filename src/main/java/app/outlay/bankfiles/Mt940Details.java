package app.outlay.bankfiles;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code :86:} field of an MT940 line. German banks structure it: a three-digit business code, then subfields
 * marked {@code ?NN}: {@code ?00} posting text, {@code ?20}–{@code ?29} and {@code ?60}–{@code ?63} the purpose (with
 * SEPA keys such as {@code EREF+} and {@code SVWZ+}), {@code ?32}/{@code ?33} the counterparty's name. Dutch and
 * Polish banks write {@code /NAME/…/REMI/…}. Anything else is free text.
 *
 * @param payee the counterparty, or null
 * @param memo  what the payment was for, or null
 */
record Mt940Details(String payee, String memo) {

    static final Mt940Details NONE = new Mt940Details(null, null);

    private static final Pattern GERMAN = Pattern.compile("^\\d{3}([^A-Za-z0-9\\s]).*", Pattern.DOTALL);
    private static final Pattern SEPA_KEY = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT|SQTP|PURP)\\+");
    private static final Pattern SLASHED_KEY = Pattern.compile("/([A-Z]{2,4})/");

    static Mt940Details read(String text) {
        Matcher german = GERMAN.matcher(text);
        if (german.matches()) {
            return german(text.replace("\n", ""), german.group(1).charAt(0));
        }
        String flat = text.replace("\n", "");
        if (flat.startsWith("/") && flat.contains("/NAME/")) {
            return slashed(flat);
        }
        return new Mt940Details(null, text.replace('\n', ' '));
    }

    private static Mt940Details german(String text, char separator) {
        Map<Integer, String> fields = new TreeMap<>();
        String[] parts = text.substring(4).split(Pattern.quote(String.valueOf(separator)), -1);
        for (String part : parts) {
            if (part.length() >= 2 && Character.isDigit(part.charAt(0)) && Character.isDigit(part.charAt(1))) {
                fields.merge(Integer.parseInt(part.substring(0, 2)), part.substring(2), String::concat);
            }
        }
        StringBuilder purpose = new StringBuilder();
        for (int code : new int[] {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 60, 61, 62, 63}) {
            purpose.append(fields.getOrDefault(code, ""));
        }
        String name32 = fields.getOrDefault(32, "");
        // ?33 continues a name that filled ?32's 27 characters; otherwise it is a second word
        String payee = name32.length() >= 27 ? name32 + fields.getOrDefault(33, "") : (name32 + " " + fields.getOrDefault(33, "")).strip();
        String memo = sepaPurpose(purpose.toString());
        if (memo == null || memo.isBlank()) {
            memo = fields.get(0);
        }
        return new Mt940Details(payee, memo);
    }

    /** The SVWZ+ text when the purpose carries SEPA keys; else the purpose as written. */
    private static String sepaPurpose(String purpose) {
        Matcher keys = SEPA_KEY.matcher(purpose);
        int svwz = -1;
        int end = purpose.length();
        while (keys.find()) {
            if (svwz >= 0) {
                end = keys.start();
                break;
            }
            if (keys.group(1).equals("SVWZ")) {
                svwz = keys.end();
            }
        }
        if (svwz >= 0) {
            return purpose.substring(svwz, end);
        }
        return purpose;
    }

    /** {@code /TRTP/SEPA OVERBOEKING/IBAN/…/NAME/Bakker BV/REMI/factuur 42/EREF/…}. */
    private static Mt940Details slashed(String text) {
        Map<String, String> fields = new TreeMap<>();
        Matcher keys = SLASHED_KEY.matcher(text);
        String key = null;
        int from = 0;
        while (keys.find()) {
            if (key != null) {
                fields.put(key, text.substring(from, keys.start()));
            }
            key = keys.group(1);
            from = keys.end();
        }
        if (key != null) {
            fields.put(key, text.substring(from));
        }
        String memo = fields.getOrDefault("REMI", "");
        if (memo.isBlank()) { // /REMI/USTD//text/: the key reader saw USTD as a key of its own
            memo = fields.getOrDefault("USTD", "").replaceAll("^/+|/+$", "");
        }
        return new Mt940Details(fields.get("NAME"), memo.isBlank() ? null : memo.replaceAll("/+$", ""));
    }
}
