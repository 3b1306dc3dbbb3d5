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
 * @param payee    the counterparty, or null
 * @param memo     what the payment was for, or null
 * @param original the amount as instructed in another currency ({@link #original(String)}), or null
 */
record Mt940Details(String payee, String memo, BankTransaction.Original original) {

    static final Mt940Details NONE = new Mt940Details(null, null, null);

    /** SWIFT's codes for a line in another currency, in :61:'s supplementary details or in :86:: /OCMT/USD45,00/ and /EXCH/0,9193/. */
    private static final Pattern OCMT = Pattern.compile("/OCMT/([A-Z]{3})(\\d{1,15},\\d{0,4})/?");
    private static final Pattern EXCH = Pattern.compile("/EXCH/(\\d{1,12},\\d{0,12})/?");
    /** German banks' words in the purpose: "Originalbetrag 45,00 USD" (or "USD 45,00"), "Kurs 1,0877". */
    private static final Pattern GERMAN_ORIGINAL = Pattern.compile(
            "(?i)orig(?:inal)?[.\\s-]*betrag:?\\s*(?:([A-Z]{3})\\s*(\\d{1,3}(?:\\.?\\d{3})*,\\d{1,4})|(\\d{1,3}(?:\\.?\\d{3})*,\\d{1,4})\\s*([A-Z]{3}))");
    private static final Pattern GERMAN_RATE = Pattern.compile("(?i)\\bkurs:?\\s*(\\d{1,12},\\d{1,12})");

    private Mt940Details(String payee, String memo) {
        this(payee, memo, null);
    }

    /**
     * The amount as instructed in another currency that {@code text} states (issue 22): SWIFT's /OCMT/ with /EXCH/, or
     * a German bank's "Originalbetrag" with "Kurs"; null when it states none. The currency is as written (checked
     * when it is used).
     */
    static BankTransaction.Original original(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replace("\n", "").replace("\r", "");
        Matcher ocmt = OCMT.matcher(flat);
        if (ocmt.find()) {
            Matcher exch = EXCH.matcher(flat);
            return new BankTransaction.Original(ocmt.group(1), decimal(ocmt.group(2)), exch.find() ? decimal(exch.group(1)) : null, null);
        }
        // German subfields split words anywhere (?21, ?22…): read the text without their markers
        String words = flat.replaceAll("\\?\\d{2}", "");
        Matcher german = GERMAN_ORIGINAL.matcher(words);
        if (german.find()) {
            String currency = german.group(1) != null ? german.group(1) : german.group(4);
            String amount = german.group(2) != null ? german.group(2) : german.group(3);
            Matcher rate = GERMAN_RATE.matcher(words);
            return new BankTransaction.Original(currency.toUpperCase(java.util.Locale.ROOT), decimal(amount.replace(".", "")),
                    rate.find() ? decimal(rate.group(1)) : null, null);
        }
        return null;
    }

    /** {@code 45,00} or {@code 45,}: the number with a decimal point. */
    private static java.math.BigDecimal decimal(String commaDecimal) {
        String plain = commaDecimal.endsWith(",") ? commaDecimal.substring(0, commaDecimal.length() - 1) : commaDecimal.replace(',', '.');
        return new java.math.BigDecimal(plain);
    }

    private static final Pattern GERMAN = Pattern.compile("^\\d{3}([^A-Za-z0-9\\s]).*", Pattern.DOTALL);
    private static final Pattern SEPA_KEY = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT|SQTP|PURP)\\+");
    private static final Pattern SLASHED_KEY = Pattern.compile("/([A-Z]{2,4})/");

    static Mt940Details read(String text) {
        Mt940Details read = plain(text);
        return new Mt940Details(read.payee(), read.memo(), original(text));
    }

    private static Mt940Details plain(String text) {
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
