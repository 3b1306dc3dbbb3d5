package app.outlay.ui.expenses;

import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Money;
import app.outlay.domain.MoneyFormat;
import app.outlay.domain.SplitPart;
import app.outlay.domain.SplitParts;
import app.outlay.domain.TagNames;
import app.outlay.service.category.CategoryRow;
import app.outlay.text.InvalidInputException;
import app.outlay.text.Texts;
import app.outlay.text.UserText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dialog's "Split" section (issue 21): the parts of the payment, what is left to assign of its amount, and why
 * it cannot be saved yet (null once the parts add up exactly). Plain JavaFX properties: tested without a window.
 * <p>
 * Parts are typed in the currency the payment is typed in ({@code partMoney}): the ledger's, or for a payment in
 * another currency that one (issue 22): a 45 USD payment is split into 30 USD and 15 USD, and the service works out
 * what each part comes to in the ledger's currency.
 */
public final class SplitEditorModel {

    private final MoneyFormat money;
    private final ObservableValue<MoneyFormat> partMoney;
    private final Texts texts;
    private final StringProperty paymentText;
    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final ObservableList<SplitPartModel> parts = FXCollections.observableArrayList(SplitPartModel::fields);
    /** The payment less the parts typed so far; null while the payment's amount cannot be read. */
    private final ObjectBinding<BigDecimal> left;
    private final StringBinding leftText;
    private final StringBinding problem;
    /** The expense had parts when the dialog opened: turning the split off then removes them. */
    private boolean wasStored;

    /** @param paymentText the payment's amount as typed in the dialog */
    public SplitEditorModel(MoneyFormat money, Texts texts, StringProperty paymentText) {
        this(money, texts, paymentText, new javafx.beans.property.SimpleObjectProperty<>(money));
    }

    /**
     * @param paymentText the payment's amount as typed in the dialog, in {@code partMoney}'s currency
     * @param partMoney   how the parts are typed: {@code money} (the ledger's currency), or the payment's currency
     */
    public SplitEditorModel(MoneyFormat money, Texts texts, StringProperty paymentText, ObservableValue<MoneyFormat> partMoney) {
        this.money = money;
        this.partMoney = partMoney;
        this.texts = texts;
        this.paymentText = paymentText;
        left = Bindings.createObjectBinding(this::computeLeft, paymentText, parts, partMoney);
        leftText = Bindings.createStringBinding(() -> left.get() == null ? ""
                : texts.format("split.left", partMoney.getValue().format(left.get())), left, partMoney);
        problem = Bindings.createStringBinding(this::computeProblem, enabled, paymentText, parts, partMoney);
    }

    /** Whether the parts are typed in another currency than the ledger's: then they are amounts as paid. */
    public boolean asPaid() {
        return !partMoney.getValue().currency().equals(money.currency());
    }

    /** A part's amount as typed, in the parts' currency (its own decimals: 3200 JPY, 3.200 KWD). */
    private Money.Parsed parsePart(String text) {
        if (!asPaid()) {
            return money.parse(text);
        }
        app.outlay.domain.TypedAmount typed = app.outlay.domain.TypedAmount.parse(text, texts.locale(), partMoney.getValue().currency());
        if (typed.ok() && !typed.currency().equals(partMoney.getValue().currency())) {
            // "45 USD" typed in a part of a yen payment: a part is in its payment's currency
            return new Money.Parsed(null, UserText.of("split.error.currency", partMoney.getValue().currency().getCurrencyCode()));
        }
        return typed.ok() ? new Money.Parsed(typed.amount(), null) : new Money.Parsed(null, typed.problem());
    }

    /** Turns the split on with two empty parts (the payment's category and notes go to the first), or off. */
    public void setEnabled(boolean on, CategoryRow category, String notes) {
        if (on && parts.isEmpty()) {
            SplitPartModel first = new SplitPartModel();
            first.categoryProperty().set(category == null ? ExpenseEditorViewModel.NO_CATEGORY : category);
            first.noteProperty().set(notes == null ? "" : notes);
            parts.addAll(first, new SplitPartModel());
        }
        enabled.set(on);
    }

    /** A new empty part at the end, taking what is left to assign when that is above zero. */
    public SplitPartModel addPart() {
        SplitPartModel part = new SplitPartModel();
        if (left.get() != null && left.get().signum() > 0) {
            part.amountTextProperty().set(partMoney.getValue().forEditing(left.get()));
        }
        parts.add(part);
        return part;
    }

    public void removePart(SplitPartModel part) {
        parts.remove(part);
    }

    /** Shows the stored parts of a split payment, their categories found among {@code categories} by id. */
    public void fill(List<SplitPart> stored, Map<Long, CategoryRow> categories) {
        wasStored = !stored.isEmpty();
        parts.clear();
        for (SplitPart part : stored) {
            SplitPartModel model = new SplitPartModel();
            model.categoryProperty().set(part.categoryId() == null ? ExpenseEditorViewModel.NO_CATEGORY
                    : categories.getOrDefault(part.categoryId(), ExpenseEditorViewModel.NO_CATEGORY));
            // a part of a payment in another currency shows its amount as paid (issue 22)
            model.amountTextProperty().set(part.original() != null ? partMoney.getValue().forEditing(part.original())
                    : money.forEditing(part.amount()));
            model.noteProperty().set(part.note() == null ? "" : part.note());
            model.tagsTextProperty().set(TagNames.join(part.tags()).replace(TagNames.SEPARATOR, TagNames.SEPARATOR + " "));
            parts.add(model);
        }
        enabled.set(!stored.isEmpty());
    }

    /** The parts to save: empty when the payment is not split. Call only while {@link #problemProperty()} is null. */
    public List<SplitPart> toParts() {
        if (!enabled.get()) {
            return List.of();
        }
        List<SplitPart> result = new ArrayList<>();
        for (SplitPartModel part : parts) {
            CategoryRow category = part.categoryProperty().get();
            Long categoryId = category == null || category.id() == ExpenseEditorViewModel.NO_CATEGORY.id() ? null : category.id();
            BigDecimal amount = parsePart(part.amountTextProperty().get()).value();
            List<String> tags = TagNames.parse(part.tagsTextProperty().get());
            result.add(asPaid() ? SplitPart.asPaid(categoryId, amount, part.noteProperty().get(), tags)
                    : new SplitPart(categoryId, amount, part.noteProperty().get(), tags));
        }
        return result;
    }

    /** Whether split and each part's fields as typed, to tell whether the user changed anything. */
    List<Object> fields() {
        List<Object> fields = new ArrayList<>(List.of(enabled.get()));
        for (SplitPartModel part : parts) {
            fields.add(List.of(String.valueOf(part.categoryProperty().get()), String.valueOf(part.amountTextProperty().get()),
                    String.valueOf(part.noteProperty().get()), String.valueOf(part.tagsTextProperty().get())));
        }
        return fields;
    }

    private BigDecimal computeLeft() {
        Money.Parsed payment = parsePart(paymentText.get());
        if (!payment.ok()) {
            return null;
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (SplitPartModel part : parts) {
            Money.Parsed amount = parsePart(part.amountTextProperty().get());
            if (amount.ok()) {
                amounts.add(amount.value());
            }
        }
        return SplitParts.leftToAssign(payment.value(), amounts);
    }

    private String computeProblem() {
        if (!enabled.get()) {
            return null;
        }
        if (parts.size() < SplitParts.MIN_PARTS) {
            return texts.format("split.error.tooFew", SplitParts.MIN_PARTS);
        }
        for (int i = 0; i < parts.size(); i++) {
            String partProblem = partProblem(parts.get(i));
            if (partProblem != null) {
                return texts.format("split.error.part", i + 1, partProblem);
            }
        }
        BigDecimal rest = left.get();
        if (rest == null) {
            return texts.get("split.error.paymentFirst");
        }
        MoneyFormat shown = partMoney.getValue();
        if (rest.signum() > 0) {
            return texts.format("split.error.left", shown.format(rest));
        }
        return rest.signum() < 0 ? texts.format("split.error.tooMuch", shown.format(rest.negate())) : null;
    }

    private String partProblem(SplitPartModel part) {
        UserText amount = parsePart(part.amountTextProperty().get()).problem();
        if (amount != null) {
            return texts.of(amount);
        }
        String note = part.noteProperty().get();
        if (note != null && note.strip().length() > ExpenseDetails.NOTES_MAX) {
            return texts.format("editor.error.tooLong", ExpenseDetails.NOTES_MAX);
        }
        try {
            TagNames.parse(part.tagsTextProperty().get());
            return null;
        } catch (InvalidInputException bad) {
            return texts.of(bad.explanation());
        }
    }

    /** Whether the expense had parts when the dialog opened. */
    public boolean wasStored() {
        return wasStored;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObservableList<SplitPartModel> parts() {
        return parts;
    }

    public ObjectBinding<BigDecimal> leftProperty() {
        return left;
    }

    public StringBinding leftTextProperty() {
        return leftText;
    }

    /** Why the dialog cannot save the split yet, in the dialog's language; null when it can (or it is not split). */
    public StringBinding problemProperty() {
        return problem;
    }
}
