package app.outlay.ui.expenses;

import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry dialog with an amount in another currency, without a window (issue 22). */
class PaidAmountModelTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private final ExpenseEditorViewModel editor = new ExpenseEditorViewModel(new MoneyFormat(Locale.UK, EUR), Texts.of(Locale.UK), MARCH_2);
    private final PaidAmountModel paid = editor.paid();

    @Test
    void typing45UsdWithARateShowsTheConvertedAmountAsTheUserTypes() {
        editor.descriptionProperty().set("Hotel");
        editor.amountTextProperty().set("45 USD");
        assertThat(paid.foreignProperty().get()).isTrue();
        assertThat(paid.rateErrorProperty().get()).isEqualTo("Rate for USD: enter the exchange rate, or the amount in the ledger's currency");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(paid.convertedProperty().get()).isEmpty();

        paid.rateTextProperty().set("0.9193");
        assertThat(paid.convertedProperty().get()).isEqualTo("= €41.37");
        editor.amountTextProperty().set("45.5 USD");
        assertThat(paid.convertedProperty().get()).isEqualTo("= €41.83");
        assertThat(editor.validProperty().get()).isTrue();

        ExpenseDetails details = editor.toDetails();
        assertThat(details.amount()).isEqualTo("41.83");
        assertThat(details.paid()).isEqualTo(ForeignAmount.atRate(USD, new BigDecimal("45.50"), new BigDecimal("0.9193")));
    }

    @Test
    void theRateTableFillsInUntilARateIsTypedAndTheChooserSetsTheCurrencyOfABareNumber() {
        editor.descriptionProperty().set("Ramen");
        paid.chosenProperty().set(JPY);
        editor.amountTextProperty().set("3,200");
        paid.tableRateProperty().set(new BigDecimal("0.0061"));
        assertThat(paid.convertedProperty().get()).isEqualTo("= €19.52");
        assertThat(editor.validProperty().get()).isTrue();
        editor.amountTextProperty().set("12.345");
        assertThat(editor.amountErrorProperty().get()).isEqualTo("This currency has no decimals");
        assertThat(editor.validProperty().get()).isFalse();
    }

    @Test
    void theLedgersOwnCurrencyIsReadAsBefore() {
        editor.descriptionProperty().set("Bread");
        editor.amountTextProperty().set("€2.10");
        assertThat(paid.foreignProperty().get()).isFalse();
        assertThat(paid.rateErrorProperty().get()).isNull();
        assertThat(editor.toDetails().amount()).isEqualTo("2.10");
        assertThat(editor.toDetails().paid()).isNull();
    }

    @Test
    void anEntryPaidInYenIsShownAsPaidForEditing() {
        ExpenseRow row = new ExpenseRow(7, MARCH_2, "Ramen", new BigDecimal("19.52"), null, null, null, null, 0, null, null, null,
                null, null, "JPY", new BigDecimal("3200.0000"), new BigDecimal("0.0061000000000000"));
        editor.fill(row, null);
        assertThat(editor.amountTextProperty().get()).isEqualTo("3200");
        assertThat(paid.chosenProperty().get()).isEqualTo(JPY);
        assertThat(paid.rateTextProperty().get()).isEqualTo("0.0061");
        assertThat(paid.convertedProperty().get()).isEqualTo("= €19.52");
        assertThat(editor.changedProperty().get()).isFalse();
    }

    @Test
    void aPaymentInDollarsIsSplitIntoPartsTypedInDollars() {
        editor.descriptionProperty().set("Hotel");
        editor.amountTextProperty().set("45 USD");
        paid.rateTextProperty().set("0.9193");
        editor.split().setEnabled(true, null, null);
        // What is left is in the payment's currency, not in euros; the service converts each part at the payment's rate.
        assertThat(editor.split().leftProperty().get()).isEqualByComparingTo("45.00");
        assertThat(editor.split().leftTextProperty().get()).isEqualTo("Left to assign: US$45.00");
        editor.split().parts().get(0).amountTextProperty().set("30");
        editor.split().parts().get(1).amountTextProperty().set("15.001");
        assertThat(editor.split().problemProperty().get()).startsWith("Part 2: ");
        editor.split().parts().get(1).amountTextProperty().set("15.00");
        assertThat(editor.split().problemProperty().get()).isNull();
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.toDetails().paid().code()).isEqualTo("USD");
        assertThat(editor.split().toParts()).extracting(app.outlay.domain.SplitPart::original, app.outlay.domain.SplitPart::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("30.00"), null),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("15.00"), null));
        // Yen have no decimals: a part of a yen payment says so.
        editor.amountTextProperty().set("3200 JPY");
        editor.split().parts().get(0).amountTextProperty().set("2000");
        editor.split().parts().get(1).amountTextProperty().set("1199.5");
        assertThat(editor.split().problemProperty().get()).startsWith("Part 2: ");
    }

    @Test
    void recentlyUsedCurrenciesComeFirstAfterTheLedgers() {
        paid.remember(USD);
        paid.remember(JPY);
        paid.remember(USD);
        paid.remember(EUR);
        assertThat(paid.choices()).startsWith(EUR, USD, JPY);
        assertThat(paid.choices().stream().filter(USD::equals)).hasSize(1);
    }

    @Test
    void aRateIsShownWithTheDecimalCommaInGermanAndReadsBackTheSame() {
        ExpenseEditorViewModel german = new ExpenseEditorViewModel(new MoneyFormat(Locale.GERMANY, EUR), Texts.of(Locale.GERMANY), MARCH_2);
        german.paid().fill(ForeignAmount.atRate(USD, new BigDecimal("45.00"), new BigDecimal("0.9193")));
        assertThat(german.paid().rateTextProperty().get()).isEqualTo("0,9193");

        german.descriptionProperty().set("Buch");
        german.amountTextProperty().set("45 USD");
        assertThat(german.toDetails().paid()).isEqualTo(ForeignAmount.atRate(USD, new BigDecimal("45.00"), new BigDecimal("0.9193")));
        // English keeps the point.
        paid.fill(ForeignAmount.atRate(USD, new BigDecimal("45.00"), new BigDecimal("0.9193")));
        assertThat(paid.rateTextProperty().get()).isEqualTo("0.9193");
    }
}
