package app.outlay.ui.common;

import javafx.util.converter.LocalDateStringConverter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A typed date is the day typed or no date at all (tester: 31.02.2026 was saved as 28.02.2026). */
class StrictDateConverterTest {

    private static final LocalDate KEPT = LocalDate.of(2026, 12, 5);

    private static StrictDateConverter in(Locale locale) {
        return new StrictDateConverter(new LocalDateStringConverter(FormatStyle.SHORT, locale, null), () -> KEPT);
    }

    @Test
    void aDayTheMonthDoesNotHaveIsRefusedNotMoved() {
        assertThatThrownBy(() -> in(Locale.GERMANY).parse("31.02.2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> in(Locale.US).parse("2/30/2026")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> in(Locale.GERMANY).parse("31.04.26")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> in(Locale.GERMANY).parse("32.01.2026")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void thePickersOwnCommitOfTextThatIsNoDateKeepsItsDateAndNeverThrows() {
        // JavaFX commits on focus loss without catching: a throw there was an "unexpected error" dialog (Esc on 32.01.2026).
        for (String notADate : new String[] {"31.02.2026", "32.01.2026", "gestern"}) {
            assertThat(in(Locale.GERMANY).fromString(notADate)).as(notADate).isEqualTo(KEPT);
        }
        assertThat(in(Locale.GERMANY).fromString("28.02.2026")).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void realDatesAreReadAsThePickerReadsThem() {
        assertThat(in(Locale.GERMANY).fromString("28.02.2026")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(in(Locale.GERMANY).fromString("29.02.2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(in(Locale.GERMANY).fromString("1.3.26")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(in(Locale.US).fromString("12/31/2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        StrictDateConverter german = in(Locale.GERMANY);
        assertThat(german.fromString(german.toString(LocalDate.of(2026, 12, 5)))).isEqualTo(LocalDate.of(2026, 12, 5));
    }
}
