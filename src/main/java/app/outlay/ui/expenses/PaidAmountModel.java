package app.outlay.ui.expenses;

import app.outlay.domain.ForeignAmount;
import app.outlay.domain.MoneyFormat;
import app.outlay.domain.TypedAmount;
import app.outlay.text.InvalidInputException;
import app.outlay.text.Texts;
import app.outlay.text.UserText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The entry dialog's amount in another currency (issue 22): the currency chosen beside the amount (or named in it:
 * {@code 45 USD}, {@code ¥3,200}), the rate typed or found in the rate table, and the ledger amount it converts to,
 * shown as the user types. In the ledger's own currency it stands aside and the amount is read as before.
 */
public final class PaidAmountModel {

    /** How many recently used currencies the chooser offers first. */
    public static final int RECENT = 5;

    private final MoneyFormat money;
    private final Texts texts;
    private final ObservableStringValue amountText;
    private final ObjectProperty<Currency> chosen = new SimpleObjectProperty<>();
    private final StringProperty rateText = new SimpleStringProperty("");
    /** The rate the rate table gives for the currency and date (null: none); used while no rate is typed. */
    private final ObjectProperty<BigDecimal> tableRate = new SimpleObjectProperty<>();
    private final ObservableList<Currency> recent = FXCollections.observableArrayList();
    private final ObjectBinding<TypedAmount> typed;
    private final ObjectBinding<Currency> currency;
    private final BooleanBinding foreign;
    private final ObjectBinding<BigDecimal> rate;
    private final StringBinding rateError;
    private final StringBinding converted;

    public PaidAmountModel(MoneyFormat money, Texts texts, ObservableStringValue amountText) {
        this.money = money;
        this.texts = texts;
        this.amountText = amountText;
        chosen.set(money.currency());
        typed = Bindings.createObjectBinding(() -> TypedAmount.parse(amountText.get(), texts.locale(),
                chosen.get() == null ? money.currency() : chosen.get()), amountText, chosen);
        currency = Bindings.createObjectBinding(() -> typed.get().currency(), typed);
        foreign = Bindings.createBooleanBinding(() -> !money.currency().equals(currency.get()), currency);
        rate = Bindings.createObjectBinding(() -> typedRate() != null ? typedRate() : tableRate.get(), rateText, tableRate);
        rateError = Bindings.createStringBinding(this::rateProblem, foreign, rateText, tableRate, currency);
        converted = Bindings.createStringBinding(this::convertedText, typed, foreign, rate);
    }

    private BigDecimal typedRate() {
        String text = rateText.get() == null ? "" : rateText.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        String plain = text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            BigDecimal value = new BigDecimal(plain);
            return value.signum() > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String rateProblem() {
        if (!foreign.get()) {
            return null;
        }
        String text = rateText.get() == null ? "" : rateText.get().strip();
        if (text.isEmpty()) {
            return tableRate.get() != null ? null : texts.of(UserText.of("problem.rate.required", currency.get().getCurrencyCode()));
        }
        if (typedRate() == null) {
            return texts.of(UserText.of("problem.rate.outOfRange", text, currency.get().getCurrencyCode()));
        }
        try {
            ForeignAmount.atRate(currency.get(), BigDecimal.ONE, typedRate());
            return null;
        } catch (InvalidInputException e) {
            return texts.of(e.explanation());
        }
    }

    /** "= €41.37" while the amount and a rate are there; empty otherwise. */
    private String convertedText() {
        ForeignAmount paid = paid();
        return paid == null ? "" : texts.format("editor.currency.converted", money.format(paid.ledgerAmount(money.currency())));
    }

    /** The amount as paid in another currency, or null (the ledger's currency, or not complete yet). */
    public ForeignAmount paid() {
        TypedAmount amount = typed.get();
        if (!foreign.get() || !amount.ok() || rate.get() == null) {
            return null;
        }
        try {
            return ForeignAmount.atRate(amount.currency(), amount.amount(), rate.get());
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** The problem with the amount as typed in another currency (null: fine, or in the ledger's currency). */
    public UserText foreignAmountProblem() {
        return foreign.get() ? typed.get().problem() : null;
    }

    /** Shows an entry paid in another currency as it was paid. */
    public void fill(ForeignAmount paid) {
        if (paid == null) {
            chosen.set(money.currency());
            rateText.set("");
        } else {
            chosen.set(paid.currency());
            rateText.set(app.outlay.ui.common.RateText.of(paid.rate(), texts.locale()));
        }
    }

    /** The text the amount field shows for an entry paid in another currency: {@code 3200}, {@code 3.200} (KWD). */
    public String amountForEditing(ForeignAmount paid) {
        return money.with(paid.currency()).forEditing(paid.original());
    }

    /** Puts {@code used} first among the recent currencies (the ledger's own is always offered and not listed). */
    public void remember(Currency used) {
        if (used == null || used.equals(money.currency())) {
            return;
        }
        recent.remove(used);
        recent.add(0, used);
        if (recent.size() > RECENT) {
            recent.remove(RECENT, recent.size());
        }
    }

    /** The chooser's choices: the ledger's currency, the recently used ones, then every other, by code. */
    public List<Currency> choices() {
        List<Currency> all = new java.util.ArrayList<>();
        all.add(money.currency());
        recent.stream().filter(c -> !all.contains(c)).forEach(all::add);
        Currency.getAvailableCurrencies().stream().filter(c -> c.getDefaultFractionDigits() >= 0 && !all.contains(c))
                .sorted(java.util.Comparator.comparing(Currency::getCurrencyCode)).forEach(all::add);
        return all;
    }

    public ObjectProperty<Currency> chosenProperty() {
        return chosen;
    }

    public StringProperty rateTextProperty() {
        return rateText;
    }

    public ObjectProperty<BigDecimal> tableRateProperty() {
        return tableRate;
    }

    public ObservableList<Currency> recentCurrencies() {
        return recent;
    }

    /** The currency the amount is in: named in the text, else the chosen one. */
    public ObjectBinding<Currency> currencyProperty() {
        return currency;
    }

    /** The amount as typed: its currency and number, or why it cannot be read. */
    public ObjectBinding<TypedAmount> typedProperty() {
        return typed;
    }

    public BooleanBinding foreignProperty() {
        return foreign;
    }

    public StringBinding rateErrorProperty() {
        return rateError;
    }

    public StringBinding convertedProperty() {
        return converted;
    }

    ObservableStringValue amountText() {
        return amountText;
    }
}
