package app.outlay.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who was paid, from a description as banks write it: "PAYPAL *SPOTIFY 4029357733 12.03." and "Spotify AB"
 * are both {@code spotify}. Case, accents, digits, card numbers, dates, times, reference codes, payment-processor
 * prefixes, legal forms and booking words are stripped; what is left are the payee's words, in order.
 */
public final class Payees {

    private static final Pattern DATE = Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}(?:[./-]\\d{2,4})?\\.?");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");
    /** Card numbers, whole or masked: 4111 1111 1111 1111, ****1234, XXXX-1234. */
    private static final Pattern CARD = Pattern.compile("(?:[*x]{2,}[ -]?)+\\d{2,4}|\\b(?:\\d{4}[ -]?){3}\\d{1,4}\\b",
            Pattern.CASE_INSENSITIVE);
    /** A word with a digit in it is a reference (ref 8F3K2, TXN-000123, 4029357733), never part of a payee's name. */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Words that say how or when something was paid, not whom. */
    private static final Set<String> NOISE = Set.of(
            "ref", "reference", "nr", "no", "txn", "trx", "id", "auth", "card", "karte", "kartenzahlung", "kartenumsatz",
            "lastschrift", "sepa", "pos", "ec", "visa", "mastercard", "maestro", "debit", "credit", "payment", "purchase",
            "zahlung", "online", "www", "com", "de", "uk", "net", "org", "end", "to", "e", "folgenr", "verfalld",
            "contactless", "kontaktlos", "apple", "pay", "google", "gpay", "cb", "dd", "so", "fp", "bgc", "tfr",
            "transfer", "ueberweisung", "uberweisung", "dauerauftrag", "einzug", "gutschrift", "buchung", "datum", "am",
            "um", "mandat", "mandatsref", "glaeubiger", "glaubiger", "kundennr", "rechnung", "invoice", "order",
            "bestellung", "sagt", "danke", "thank", "you");
    /** Legal forms after a company's name. */
    private static final Set<String> LEGAL = Set.of(
            "gmbh", "mbh", "ag", "kg", "co", "ohg", "ug", "ek", "ev", "ltd", "limited", "inc", "llc", "plc", "sa", "sarl",
            "sas", "bv", "nv", "ab", "as", "oy", "spa", "srl", "corp", "company", "eu");
    /** Processors in front of the real payee: "PAYPAL *SPOTIFY", "SQ *BLUE BOTTLE", "SUMUP *CAFE". */
    private static final Set<String> PROCESSORS = Set.of("paypal", "pp", "sq", "sumup", "zettle", "izettle", "stripe",
            "klarna", "adyen", "payu", "mollie");

    private Payees() {
    }

    /** The payee's words, e.g. {@code [rewe, markt]}; empty when nothing is left (a description of only numbers). */
    public static List<String> words(String description) {
        if (description == null) {
            return List.of();
        }
        String text = MARKS.matcher(Normalizer.normalize(description, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("ß", "ss");
        text = CARD.matcher(text).replaceAll(" ");
        text = DATE.matcher(text).replaceAll(" ");
        text = TIME.matcher(text).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String raw : text.split("\\s+")) {
            if (raw.isEmpty() || HAS_DIGIT.matcher(raw).matches()) {
                continue;
            }
            for (String word : SEPARATORS.split(raw)) {
                if (word.length() > 1 && !NOISE.contains(word) && !LEGAL.contains(word)) {
                    words.add(word);
                }
            }
        }
        // "paypal spotify" is Spotify; "paypal" alone stays PayPal.
        while (words.size() > 1 && PROCESSORS.contains(words.get(0))) {
            words.remove(0);
        }
        return words;
    }

    /** The payee as one key: its words joined by a space ("" when none). */
    public static String key(String description) {
        return String.join(" ", words(description));
    }

    /** The payee as a person reads it: "Rewe Markt". */
    public static String display(List<String> words) {
        List<String> shown = new ArrayList<>();
        for (String word : words.subList(0, Math.min(words.size(), 3))) {
            shown.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return String.join(" ", shown);
    }

    /**
     * Whether two words are the same word spelled slightly differently: equal, one a prefix of the other
     * (MKTPLACE / MKTPL), or at most one letter apart in words of five or more letters.
     */
    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        return shorter >= 5 && Math.abs(a.length() - b.length()) <= 1 && editDistanceAtMostOne(a, b);
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (a.length() > b.length()) {
            return editDistanceAtMostOne(b, a);
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1)) // one letter changed
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two letters swapped
        }
        return a.substring(i).equals(b.substring(i + 1)); // one letter more in b
    }

    /**
     * How alike two payees are, 0 to 1: the share of their words that have a similar word in the other (Dice).
     * Payees whose first words differ are 0: "Rewe Markt" and "Edeka Markt" share a word but not a shop.
     */
    static double likeness(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty() || !similar(a.get(0), b.get(0))) {
            return 0;
        }
        int matched = 0;
        for (String word : a) {
            for (String other : b) {
                if (similar(word, other)) {
                    matched++;
                    break;
                }
            }
        }
        int matchedB = 0;
        for (String word : b) {
            for (String other : a) {
                if (similar(word, other)) {
                    matchedB++;
                    break;
                }
            }
        }
        return (double) (matched + matchedB) / (a.size() + b.size());
    }
}
