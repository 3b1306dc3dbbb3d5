package app.outlay.ui;

import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseOrder;
import app.outlay.service.expense.ExpenseRow;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An expense paid in dollars, typed in a euro ledger's entry dialog (issue 22): stored as paid and converted. */
class ForeignCurrencyEntryTest extends OutlayUiTest {

    @Test
    void typing45UsdWithARateStoresTheAmountAsPaidAndShowsBothAmounts() {
        Currency euro = Currency.getInstance("EUR");
        context.ledger().setCurrency(euro);
        interact(() -> context.useCurrency(euro));

        targetWindow(stage);
        push(KeyCode.CONTROL, KeyCode.N);
        awaitWindowWith("#amountField");
        waitUntil(() -> lookup("#amountField").queryAs(TextField.class).isFocused());
        write("45 USD");
        waitUntil(() -> lookup("#rateField").query().isVisible());
        // Tab: from the amount to the rate, shown for another currency.
        type(KeyCode.TAB);
        waitUntil(() -> lookup("#rateField").query().isFocused());
        write("0.9193");
        Label converted = lookup("#convertedLabel").queryAs(Label.class);
        waitUntil(() -> "= €41.37".equals(converted.getText()));
        interact(() -> lookup("#descriptionField").query().requestFocus());
        write("Hotel");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> windowWith("#amountField") == null && !context.tasks().isBusy());

        List<ExpenseRow> stored = context.expenses().page(ExpenseFilter.all(), ExpenseOrder.NEWEST_FIRST, null, 10).rows();
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row.description()).isEqualTo("Hotel");
            assertThat(row.amount()).isEqualTo("41.37");
            assertThat(row.currency()).isEqualTo("USD");
            assertThat(row.originalAmount()).isEqualTo("45.00");
            assertThat(row.rate()).isEqualTo("0.9193");
        });
        // The list shows the amount as paid beside the ledger amount.
        waitUntil(() -> lookup(".amount-original").tryQuery().isPresent());
        assertThat(lookup(".amount-original").queryAs(Label.class).getText()).isEqualTo("45.00\u00a0USD");
    }
}
