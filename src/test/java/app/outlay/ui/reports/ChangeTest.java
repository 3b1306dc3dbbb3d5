package app.outlay.ui.reports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The "+12.30 (+5.2%)" arithmetic of the month comparison. */
class ChangeTest {

    @Test
    void moreAndLessAsAmountAndPercentWithOneDecimal() {
        assertThat(Change.between(new BigDecimal("1050.00"), new BigDecimal("1000.00")))
                .isEqualTo(new Change(new BigDecimal("50.00"), new BigDecimal("5.0")));
        assertThat(Change.between(new BigDecimal("1872.21"), new BigDecimal("2013.74")))
                .isEqualTo(new Change(new BigDecimal("-141.53"), new BigDecimal("-7.0")));
        assertThat(Change.between(new BigDecimal("10.00"), new BigDecimal("3.00")).percent()).isEqualByComparingTo("233.3");
    }

    @Test
    void nothingToCompareWithHasNoPercent() {
        Change change = Change.between(new BigDecimal("25.00"), new BigDecimal("0.00"));
        assertThat(change.amount()).isEqualByComparingTo("25.00");
        assertThat(change.hasPercent()).isFalse();
    }

    @Test
    void noChangeIsZero() {
        Change change = Change.between(new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(change.amount().signum()).isZero();
        assertThat(change.hasPercent()).isFalse();
    }
}
