package app.outlay.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Amount parsing, for any text at all: it never throws, and whatever it accepts is a valid expense amount. */
class MoneyPropertiesTest {

    private static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    @Property(tries = 2_000)
    void anyTextIsAcceptedAsAValidAmountOrRefusedWithAReason(@ForAll("typedText") String text, @ForAll("locales") Locale locale) {
        Money.Parsed parsed = Money.parseExpenseAmount(text, locale);
        if (parsed.ok()) {
            assertThat(parsed.value().scale()).isEqualTo(2);
            assertThat(parsed.value()).isPositive().isLessThanOrEqualTo(MAX);
        } else {
            assertThat(parsed.value()).isNull();
            assertThat(parsed.error()).isNotBlank();
        }
    }

    @Property(tries = 1_000)
    void arbitraryUnicodeNeverThrows(@ForAll String text, @ForAll("locales") Locale locale) {
        Money.Parsed parsed = Money.parseExpenseAmount(text, locale);
        assertThat(parsed.ok() ? parsed.value().scale() == 2 && parsed.value().signum() > 0 : parsed.error() != null).isTrue();
    }

    @Property(tries = 1_000)
    void whatOutlayPrintsItReadsBack(@ForAll @BigRange(min = "0.01", max = "99999999999999999.99") @Scale(2) BigDecimal amount,
                                     @ForAll("locales") Locale locale) {
        Money.Parsed parsed = Money.parseExpenseAmount(Money.format(amount, locale), locale);
        assertThat(parsed.error()).isNull();
        assertThat(parsed.value()).isEqualByComparingTo(amount);
    }

    /** Mostly the characters amounts are typed with, so the parser's branches are all exercised. */
    @Provide
    Arbitrary<String> typedText() {
        return Arbitraries.strings().withChars("0123456789.,-+ '’\u00a0\u202f€$£e").ofMaxLength(25);
    }

    /** Locales that write digits 0-9: a point or a comma for decimals, and various group separators. */
    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.ITALY,
                Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("nl-NL"),
                Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("pl-PL"), Locale.forLanguageTag("pt-BR"),
                Locale.forLanguageTag("en-IN"), Locale.JAPAN, Locale.ROOT);
    }
}
