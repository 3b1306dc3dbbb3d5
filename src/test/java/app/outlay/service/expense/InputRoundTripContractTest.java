package app.outlay.service.expense;

import app.outlay.data.Database;
import app.outlay.domain.ExpenseDetails;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whatever people type comes back exactly as typed, on every database; what does not fit is refused with the reason. */
abstract class InputRoundTripContractTest {

    private ExpenseService expenses;

    protected abstract Database database();

    @BeforeEach
    void cleanLedger() {
        expenses = new ExpenseService(TestDatabases.emptyLedger(database()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Dinner at \"Chez Léon\" — it's 'fine'",
            "Coffee ☕ and cake 🍰 👩‍👩‍👧",
            "קניות בשוק — سوق الخضار",
            "'; drop table expense; --",
            "100% of %_ and \\ backslash \\\\ ; /* not a comment */",
            "tab\tand\u00a0no-break\u202fspaces",
            "Zero-width\u200bjoiner\u200dand RLO \u202e reversed",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the BMP 𐍈",
    })
    void descriptionsAndNotesRoundTripUnchanged(String text) {
        ExpenseRow saved = expenses.add(new ExpenseDetails(LocalDate.of(2026, 2, 28), text, new BigDecimal("12.34"), 1L, text));
        ExpenseRow read = expenses.get(saved.id());
        assertThat(read.description()).isEqualTo(text);
        assertThat(read.notes()).isEqualTo(text);
        assertThat(expenses.find(ExpenseFilter.all().withSearch(text), 10).rows()).extracting(ExpenseRow::id).contains(saved.id());
    }

    @Test
    void descriptionAtItsLimitIsKeptAndOneLongerIsRefusedWithTheReason() {
        String atLimit = "é".repeat(ExpenseDetails.DESCRIPTION_MAX - 2) + "🍰";
        assertThat(atLimit).hasSize(ExpenseDetails.DESCRIPTION_MAX);
        ExpenseRow saved = expenses.add(new ExpenseDetails(LocalDate.of(2026, 1, 1), atLimit, new BigDecimal("1.00"), null, null));
        assertThat(expenses.get(saved.id()).description()).isEqualTo(atLimit);

        assertThatThrownBy(() -> new ExpenseDetails(LocalDate.of(2026, 1, 1), "x".repeat(201), BigDecimal.ONE, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Description: at most 200 characters (this one has 201)");
        assertThatThrownBy(() -> new ExpenseDetails(LocalDate.of(2026, 1, 1), "x".repeat(10_000), BigDecimal.ONE, null, null))
                .hasMessage("Description: at most 200 characters (this one has 10,000)");
        assertThatThrownBy(() -> new ExpenseDetails(LocalDate.of(2026, 1, 1), "ok", BigDecimal.ONE, null, "n".repeat(10_000)))
                .hasMessage("Notes: at most 2,000 characters (this one has 10,000)");
        assertThat(expenses.summarize(ExpenseFilter.all()).count()).isEqualTo(1);
    }
}
