package app.outlay.ui.expenses;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The entry dialog's currency controls (issue 22), wired to its {@link PaidAmountModel}: the chooser beside the
 * amount (the ledger's currency, the recently used ones, then every other), the rate — shown only for another
 * currency, its prompt the rate table's for the day — and the converted amount, updated as the user types.
 */
final class CurrencyFields {

    private final ExpenseEditor.Services context;
    private final PaidAmountModel model;
    private final ComboBox<Currency> chooser;

    CurrencyFields(ExpenseEditor.Services context, PaidAmountModel model, ComboBox<Currency> chooser, Label rateLabel, TextField rateField,
                   Label converted, Label rateError, ResourceBundle resources, Supplier<LocalDate> date) {
        this.context = context;
        this.model = model;
        this.chooser = chooser;
        chooser.setItems(FXCollections.observableArrayList(model.choices()));
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Currency currency) {
                return currency == null ? "" : currency.getCurrencyCode();
            }

            @Override
            public Currency fromString(String code) {
                return code == null || code.isBlank() ? null : Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
            }
        });
        chooser.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Currency currency, boolean empty) {
                super.updateItem(currency, empty);
                setText(empty || currency == null ? null
                        : currency.getCurrencyCode() + "  " + currency.getDisplayName(context.locale()));
            }
        });
        chooser.valueProperty().bindBidirectional(model.chosenProperty());
        chooser.setAccessibleText(resources.getString("editor.currency.chooser"));
        // Tab goes from the amount to the description as before (the rate in between only for another currency):
        // typing "45 USD" names the currency without the chooser, which the mouse reaches.
        chooser.setFocusTraversable(false);
        // "45 USD" typed names the currency: the chooser follows, so a bare number typed next is in it too.
        model.currencyProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.chosenProperty().get())) {
                model.chosenProperty().set(now);
            }
        });
        rateField.textProperty().bindBidirectional(model.rateTextProperty());
        for (var node : List.of(rateLabel, rateField)) {
            node.visibleProperty().bind(model.foreignProperty());
            node.managedProperty().bind(model.foreignProperty());
        }
        rateField.promptTextProperty().bind(Bindings.createStringBinding(() -> {
            Currency currency = model.currencyProperty().get();
            return model.tableRateProperty().get() != null ? app.outlay.ui.common.RateText.of(model.tableRateProperty().get(), resources.getLocale())
                    : java.text.MessageFormat.format(resources.getString("editor.currency.rate.prompt"),
                    currency == null ? "" : currency.getCurrencyCode(), context.money().code());
        }, model.tableRateProperty(), model.currencyProperty()));
        converted.textProperty().bind(model.convertedProperty());
        rateError.textProperty().bind(model.rateErrorProperty());
        // Shown once the user has been at the rate, as the other fields' errors are.
        rateError.visibleProperty().bind(rateError.textProperty().isNotNull().and(Bindings.createBooleanBinding(
                () -> !rateField.getText().isEmpty() || rateField.isFocused() || model.tableRateProperty().get() == null
                        && model.foreignProperty().get(), rateField.textProperty(), rateField.focusedProperty(),
                model.tableRateProperty(), model.foreignProperty())));
        rateError.managedProperty().bind(rateError.visibleProperty());
        model.currencyProperty().addListener((obs, old, now) -> lookUpRate(date.get()));
        loadRecent();
    }

    /** The rate table's rate for the currency and day, fetched off the FX thread; none found leaves the rate to type. */
    void lookUpRate(LocalDate day) {
        Currency currency = model.currencyProperty().get();
        if (currency == null || day == null || !model.foreignProperty().get()) {
            model.tableRateProperty().set(null);
            return;
        }
        Currency ledger = context.money().currency();
        context.tasks().run(() -> context.rates().rateFor(currency, ledger, day), rate -> {
            if (currency.equals(model.currencyProperty().get())) {
                model.tableRateProperty().set(rate.orElse(null));
            }
        }, failure -> model.tableRateProperty().set(null));
    }

    private void loadRecent() {
        context.tasks().run(() -> context.rates().recentCurrencies(PaidAmountModel.RECENT), recent -> {
            for (int i = recent.size() - 1; i >= 0; i--) {
                model.remember(recent.get(i));
            }
            Currency chosen = model.chosenProperty().get();
            chooser.getItems().setAll(model.choices());
            model.chosenProperty().set(chosen);
        }, failure -> { });
    }
}
