package app.outlay.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amount parsing, for any text at all: it never throws, and whatever it accepts is a valid expense amount.
 * Property tests with a seeded generator: repeatable, and a failure names its input.
 */
class MoneyPropertiesTest {

    private static final long SEED = 1250L;
    private static final BigDecimal MAX = new BigDecimal("99999999999999999.99");
    private static final String TYPED = "0123456789.,-+ '’\u00a0\u202f€$£e";
    /** Locales that write digits 0-9: a point or a comma for decimals, and various group separators. */
    private static final List<Locale> LOCALES = List.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.ITALY,
            Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("nl-NL"),
            Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("pl-PL"), Locale.forLanguageTag("pt-BR"),
            Locale.forLanguageTag("en-IN"), Locale.JAPAN, Locale.ROOT);

    @Test
    void anyTypedTextIsAcceptedAsAValidAmountOrRefusedWithAReason() {
        Random random = new Random(SEED);
        for (int attempt = 0; attempt < 2_000; attempt++) {
            String text = text(random, TYPED, 25);
            assertValidOrRefused(text, locale(random));
        }
    }

    @Test
    void arbitraryUnicodeNeverThrows() {
        Random random = new Random(SEED);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.appendCodePoint(random.nextInt(0x3000));
            }
            assertValidOrRefused(text.toString(), locale(random));
        }
    }

    @Test
    void whatOutlayPrintsItReadsBack() {
        Random random = new Random(SEED);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            // 1 cent up to the largest amount a NUMERIC(19,2) column holds, spread over every magnitude.
            BigInteger cents = new BigInteger(1 + random.nextInt(63), random).mod(BigInteger.valueOf(9_999_999_999_999_999L))
                    .add(BigInteger.ONE);
            BigDecimal amount = new BigDecimal(cents, 2);
            Locale locale = locale(random);
            Money.Parsed parsed = Money.parseExpenseAmount(Money.format(amount, locale), locale);
            assertThat(parsed.error()).as("%s in %s", amount, locale).isNull();
            assertThat(parsed.value()).isEqualByComparingTo(amount);
        }
    }

    private static void assertValidOrRefused(String text, Locale locale) {
        Money.Parsed parsed = Money.parseExpenseAmount(text, locale);
        if (parsed.ok()) {
            assertThat(parsed.value().scale()).as("'%s' in %s", text, locale).isEqualTo(2);
            assertThat(parsed.value()).as("'%s' in %s", text, locale).isPositive().isLessThanOrEqualTo(MAX);
        } else {
            assertThat(parsed.value()).isNull();
            assertThat(parsed.error()).as("'%s' in %s", text, locale).isNotBlank();
        }
    }

    private static String text(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static Locale locale(Random random) {
        return LOCALES.get(random.nextInt(LOCALES.size()));
    }
}
