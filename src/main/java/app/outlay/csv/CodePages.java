package app.outlay.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;

/**
 * Tells the single-byte code pages of bank exports apart (Windows-1252 for Western Europe, Windows-1250 and
 * ISO-8859-2 for Central Europe, Windows-1251 for Cyrillic) from how often each byte above 127 occurs.
 * <p>
 * The same byte is a letter in each of them ({@code 0xC8} is {@code È} in 1252 and {@code Č} in 1250), so letters
 * alone do not decide. A text is written in one language, though: the code page under which one language explains
 * the most of the file's non-ASCII bytes wins. Czech read as 1252 needs {@code ø} (Danish), {@code ì} (Italian) and
 * {@code ý} (Icelandic) at once; read as 1250 it is all Czech. Symbols count for every language, except where they
 * would sit inside a word ({@code z³oty} is Polish read as 1252); letters of another script right next to ASCII
 * letters count for none ({@code Mдller} is German read as 1251). Ties go to the earlier code page, 1252 first: on
 * a tie both read the same letters or neither is better.
 * <p>
 * Chosen over a detector library: juniversalchardet (MPL) has no Windows-1250 model at all, and ICU4J's detector
 * is a 13 MB jar; this is a table and a loop, and its tests show the cases that matter.
 */
final class CodePages {

    /** The candidates, in the order that wins a tie. */
    static final List<Charset> CANDIDATES = List.of(CsvDetector.WINDOWS_1252, Charset.forName("windows-1250"),
            Charset.forName("ISO-8859-2"), Charset.forName("windows-1251"));

    /** The non-ASCII letters (lower case) each language of a code page uses. */
    private static final Map<String, List<String>> LANGUAGES = Map.of(
            "windows-1252", List.of("äöüßé", "àâæçéèêëîïôœùûüÿ", "áéíñóúü", "áâãàçéêíóôõú", "àèéìíîòóùú", "áéíóúàèëïöü",
                    "æøåé", "åäöé", "åäöõšžü", "áðéíóúýþæö", "àçèéíïòóúü"),
            "windows-1250", central(),
            "ISO-8859-2", central(),
            "windows-1251", List.of("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
                    "абвгдежзийклмнопрстуфхцчшщъьюя", "абвгдђежзијклљмнњопрстћуфхцчџшѓѕќ"));

    private static List<String> central() {
        // Czech, Slovak, Polish, Hungarian, Slovene/Croatian, Romanian, German.
        return List.of("áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "ąćęłńóśźż", "áéíóöőúüű", "čćđšž", "ăâîşţșț", "äöüßé");
    }

    /** Punctuation that touches words in any language: plausible even right beside a letter. */
    private static final String BESIDE_WORDS = "\u2019\u2018\u201c\u201d\u201e\u201a\u00ab\u00bb\u2039\u203a\u2026\u2122\u00ae"
            + "\u00a9\u00b0\u00b7\u2013\u2014\u00a0\u00ad\u00a1\u00bf";

    private CodePages() {
    }

    /**
     * The best-fitting candidate for these byte counts, or null when none can decode every byte in the file or
     * even the best explains fewer than half of them (a stray byte that only Cyrillic can read does not make a
     * German file Cyrillic).
     */
    static Charset best(long[] counts, long[] besideLatin) {
        long high = 0;
        for (int b = 0x80; b < 0x100; b++) {
            high += counts[b];
        }
        Charset best = null;
        long bestScore = (high + 1) / 2 - 1;
        for (Charset candidate : CANDIDATES) {
            long score = score(candidate, counts, besideLatin);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many of the file's bytes above 127 the best language of {@code charset} explains; -1 when one is not a character in it. */
    static long score(Charset charset, long[] counts, long[] besideLatin) {
        List<String> languages = LANGUAGES.get(charset.name());
        long[] explained = new long[languages.size()];
        for (int b = 0x80; b < 0x100; b++) {
            if (counts[b] == 0) {
                continue;
            }
            Character decoded = decode(charset, b);
            if (decoded == null) {
                return -1;
            }
            char c = decoded;
            if (Character.isLetter(c)) {
                boolean latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
                long plausible = latin ? counts[b] : counts[b] - besideLatin[b];
                String lower = String.valueOf(Character.toLowerCase(c));
                for (int i = 0; i < languages.size(); i++) {
                    if (languages.get(i).contains(lower)) {
                        explained[i] += plausible;
                    }
                }
            } else {
                long plausible = BESIDE_WORDS.indexOf(c) >= 0 ? counts[b] : counts[b] - besideLatin[b];
                for (int i = 0; i < explained.length; i++) {
                    explained[i] += plausible;
                }
            }
        }
        long most = 0;
        for (long e : explained) {
            most = Math.max(most, e);
        }
        return most;
    }

    /** The character a byte stands for in a single-byte charset, or null when it stands for none (or a C1 control). */
    static Character decode(Charset charset, int b) {
        try {
            CharBuffer out = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(new byte[] {(byte) b}));
            if (out.length() != 1) {
                return null;
            }
            char c = out.get(0);
            return c >= 0x80 && c <= 0x9F ? null : c;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean singleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }
}
