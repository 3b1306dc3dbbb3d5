package app.outlay.ui.expenses;

import app.outlay.domain.MoneyFormat;
import app.outlay.domain.SplitPart;
import app.outlay.service.category.CategoryRow;
import app.outlay.text.Texts;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialog's split section without a window: what is left to assign, and why it cannot be saved yet. */
class SplitEditorModelTest {

    private static final CategoryRow GROCERIES = new CategoryRow(1, "Groceries", "#2e8b57", false);
    private static final CategoryRow SHOPPING = new CategoryRow(7, "Shopping", "#aa3377", false);

    private final StringProperty payment = new SimpleStringProperty("100.00");
    private final SplitEditorModel split = new SplitEditorModel(new MoneyFormat(Locale.US, Currency.getInstance("USD")),
            Texts.english(), payment);

    @Test
    void whatIsLeftToAssignFollowsThePaymentAndEveryPartAsTyped() {
        split.setEnabled(true, GROCERIES, "weekly");
        assertThat(split.parts()).hasSize(2);
        assertThat(split.parts().get(0).categoryProperty().get()).isEqualTo(GROCERIES);
        assertThat(split.parts().get(0).noteProperty().get()).isEqualTo("weekly");
        assertThat(split.leftProperty().get()).isEqualByComparingTo("100.00");

        split.parts().get(0).amountTextProperty().set("60");
        assertThat(split.leftTextProperty().get()).isEqualTo("Left to assign: $40.00");
        split.parts().get(1).amountTextProperty().set("30.50");
        assertThat(split.leftProperty().get()).isEqualByComparingTo("9.50");
        assertThat(split.problemProperty().get()).isEqualTo("The parts must add up to the payment: $9.50 is left to assign.");

        SplitPartModel third = split.addPart();
        assertThat(third.amountTextProperty().get()).as("a new part takes what is left").isEqualTo("9.50");
        assertThat(split.leftProperty().get()).isEqualByComparingTo("0.00");
        assertThat(split.problemProperty().get()).isNull();

        payment.set("99.99");
        assertThat(split.problemProperty().get()).isEqualTo("The parts must add up to the payment: they are $0.01 more.");
    }

    @Test
    void aBadPartOrTooFewPartsOrNoPaymentAmountIsNamed() {
        split.setEnabled(true, null, null);
        split.parts().get(0).amountTextProperty().set("60");
        split.parts().get(1).amountTextProperty().set("forty");
        assertThat(split.problemProperty().get()).startsWith("Part 2: ");

        split.parts().get(1).amountTextProperty().set("40");
        split.parts().get(1).tagsTextProperty().set("ok; bad" + "x".repeat(60));
        assertThat(split.problemProperty().get()).startsWith("Part 2: The tag");

        split.parts().get(1).tagsTextProperty().set("");
        split.removePart(split.parts().get(1));
        assertThat(split.problemProperty().get()).isEqualTo("A split needs at least 2 parts.");

        split.addPart();
        payment.set("");
        assertThat(split.leftProperty().get()).isNull();
        assertThat(split.problemProperty().get()).isEqualTo("Enter the payment's amount first.");
    }

    @Test
    void theStoredPartsAreShownAndSavedAsTheyWere() {
        List<SplitPart> stored = List.of(new SplitPart(1L, new BigDecimal("60.00"), "food", List.of("family", "trip")),
                new SplitPart(7L, new BigDecimal("40.00"), null, List.of()));
        split.fill(stored, Map.of(1L, GROCERIES, 7L, SHOPPING));

        assertThat(split.enabledProperty().get()).isTrue();
        assertThat(split.parts().get(0).tagsTextProperty().get()).isEqualTo("family; trip");
        assertThat(split.problemProperty().get()).isNull();
        assertThat(split.toParts()).isEqualTo(stored);

        split.enabledProperty().set(false);
        assertThat(split.problemProperty().get()).isNull();
        assertThat(split.toParts()).isEmpty();
    }
}
