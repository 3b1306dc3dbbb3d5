package app.outlay.ui.expenses;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's amounts, without a window: how wide the amount column is given the room, and the abbreviation a cell
 * too narrow shows (tester2 D4: a figure cut to its first digits, "99.999.999.9…", reads as another number).
 */
class AmountFiguresTest {

    private static final BigDecimal LARGEST = new BigDecimal("99999999999999999.99");

    @Test
    void theAmountColumnTakesWhatTheAmountsNeedWithinTheRoomLeft() {
        assertThat(AmountWidths.columnWidth(212.3, 400, 130)).isEqualTo(213);
        assertThat(AmountWidths.columnWidth(212.3, 160.7, 130)).isEqualTo(160);
        assertThat(AmountWidths.columnWidth(212.3, -20, 130)).as("a window without room: the column's least").isEqualTo(130);
        assertThat(AmountWidths.columnWidth(0, 400, 130)).as("no rows").isEqualTo(130);
    }

    @Test
    void anAbbreviatedFigureSaysAboutHowMuchNeverItsFirstDigits() {
        assertThat(AmountTexts.abbreviated(LARGEST, Locale.US)).isEqualTo("\u2248\u00a0100,000T");
        assertThat(AmountTexts.abbreviated(LARGEST, Locale.GERMANY)).isEqualTo("\u2248\u00a0100.000\u00a0Bio.");
        assertThat(AmountTexts.abbreviated(new BigDecimal("88888888888888888.88"), Locale.US)).isEqualTo("\u2248\u00a088,889T");
        assertThat(AmountTexts.abbreviated(new BigDecimal("1234567.89"), Locale.GERMANY)).isEqualTo("\u2248\u00a01\u00a0Mio.");
    }
}
