package app.outlay.ui.expenses;

import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Frequency;
import app.outlay.domain.MoneyFormat;
import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.recurrence.Repeat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The entry dialog's fields and their checks; Save is possible only when every field is valid. The kind (expense,
 * refund, income) decides which categories fit: income takes income categories, the others spending ones, and a
 * category of the other side is let go when the kind changes. Only a refund links to the expense it refunds.
 */
public final class ExpenseEditorViewModel {

    /** The "no category" choice (ids of real categories start at 1; see CategoryCell). */
    public static final CategoryRow NO_CATEGORY = new CategoryRow(0, "editor.category.none", "#00000000");

    private final MoneyFormat money;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty amountText = new SimpleStringProperty("");
    private final ObjectProperty<CategoryRow> category = new SimpleObjectProperty<>(NO_CATEGORY);
    private final StringProperty notes = new SimpleStringProperty("");
    /** Null: does not repeat. */
    private final ObjectProperty<Frequency> repeat = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> repeatUntil = new SimpleObjectProperty<>();
    private final BooleanProperty wasRecurring = new SimpleBooleanProperty(false);
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.EXPENSE);
    /** For a refund: the expense it refunds (null: none linked). */
    private final ObjectProperty<ExpenseRow> refundOf = new SimpleObjectProperty<>();
    /** The payment split into parts (issue 21); while split, the category and notes are the parts'. */
    private final SplitEditorModel split;

    private final StringBinding dateError;
    private final StringBinding descriptionError;
    private final StringBinding amountError;
    /** The amount in another currency, its rate and what it converts to (issue 22). */
    private final PaidAmountModel paid;
    private final StringBinding notesError;
    private final StringBinding untilError;
    private final BooleanBinding valid;
    /** The fields as they were when the dialog opened (or was last filled), to tell whether anything changed. */
    private final ObjectProperty<List<Object>> unchanged = new SimpleObjectProperty<>();
    private final BooleanBinding changed;

    private final Texts texts;

    /**
     * @param money how amounts are typed and shown: the dialog's locale and the ledger's currency
     * @param texts the dialog's language: its messages, and how dates are typed
     */
    public ExpenseEditorViewModel(MoneyFormat money, Texts texts, LocalDate today) {
        this.texts = texts;
        this.money = money;
        paid = new PaidAmountModel(money, texts, amountText);
        // The parts of a split are typed in the payment's currency: for a payment in another one than the ledger's they
        // add up to its amount as paid, and the service converts each at the payment's rate (issue 22).
        javafx.beans.binding.ObjectBinding<MoneyFormat> partMoney = Bindings.createObjectBinding(() -> paid.foreignProperty().get()
                ? money.with(paid.currencyProperty().get()) : money, paid.foreignProperty(), paid.currencyProperty());
        StringProperty splitPayment = new SimpleStringProperty();
        splitPayment.bind(Bindings.createStringBinding(() -> !paid.foreignProperty().get() ? amountText.get()
                : paid.typedProperty().get().ok() ? partMoney.get().forEditing(paid.typedProperty().get().amount()) : "",
                amountText, paid.foreignProperty(), paid.typedProperty(), partMoney));
        this.split = new SplitEditorModel(money, texts, splitPayment, partMoney);
        Locale locale = texts.locale();
        date.set(today);
        // The example is written as the date picker reads dates (its short style, in the same language).
        String example = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(today);
        dateError = Bindings.createStringBinding(() -> date.get() == null ? texts.format("editor.error.date", example) : null, date);
        descriptionError = Bindings.createStringBinding(() -> {
            String text = description.get() == null ? "" : description.get().strip();
            if (text.isEmpty()) {
                return texts.get("editor.error.description");
            }
            return text.length() > ExpenseDetails.DESCRIPTION_MAX ? texts.format("editor.error.tooLong", ExpenseDetails.DESCRIPTION_MAX) : null;
        }, description);
        amountError = Bindings.createStringBinding(() -> {
            // In the ledger's currency the amount is read as it always was (two decimals, its code or sign around it).
            UserText problem = paid.foreignProperty().get() ? paid.foreignAmountProblem() : money.parse(amountText.get()).problem();
            return problem == null ? null : texts.of(problem);
        }, amountText, paid.foreignProperty(), paid.currencyProperty());
        notesError = Bindings.createStringBinding(() -> notes.get() != null && notes.get().strip().length() > ExpenseDetails.NOTES_MAX
                ? texts.format("editor.error.tooLong", ExpenseDetails.NOTES_MAX) : null, notes);
        untilError = Bindings.createStringBinding(() -> repeat.get() != null && repeatUntil.get() != null && date.get() != null
                && repeatUntil.get().isBefore(date.get()) ? texts.get("editor.error.until") : null, repeat, repeatUntil, date);
        valid = dateError.isNull().and(descriptionError.isNull()).and(amountError.isNull()).and(notesError.isNull())
                .and(untilError.isNull()).and(split.problemProperty().isNull()).and(paid.rateErrorProperty().isNull());
        unchanged.set(fields());
        changed = Bindings.createBooleanBinding(() -> !fields().equals(unchanged.get()),
                unchanged, date, description, amountText, category, notes, repeat, repeatUntil, kind, refundOf,
                split.enabledProperty(), split.parts(), paid.chosenProperty(), paid.rateTextProperty());
        kind.addListener((obs, old, now) -> {
            if (category.get() != null && category.get() != NO_CATEGORY && !category.get().fits(now)) {
                category.set(NO_CATEGORY);
            }
            if (now != EntryKind.REFUND) {
                refundOf.set(null);
            }
        });
    }

    private List<Object> fields() {
        // Arrays.asList, not List.of: fields may be null (no date typed yet, no end of the series).
        return Arrays.asList(date.get(), description.get(), amountText.get(), category.get(), notes.get(), repeat.get(),
                repeatUntil.get(), kind.get(), refundOf.get() == null ? null : refundOf.get().id(), split.fields(),
                paid.chosenProperty().get(), paid.rateTextProperty().get());
    }

    /** The categories an entry of the current kind may go in, of {@code all}. */
    public List<CategoryRow> fitting(List<CategoryRow> all) {
        return all.stream().filter(c -> c.fits(kind.get())).toList();
    }

    /** Whether the user changed anything since the dialog opened: closing it then asks before discarding. */
    public BooleanBinding changedProperty() {
        return changed;
    }

    /** Fills the fields from an existing expense, for editing. */
    public void fill(ExpenseRow row, CategoryRow rowCategory) {
        fill(row, rowCategory, null);
    }

    /** As {@link #fill(ExpenseRow, CategoryRow)}, with the expense a refund is linked to (null: none, or not loaded). */
    public void fill(ExpenseRow row, CategoryRow rowCategory, ExpenseRow refunded) {
        kind.set(row.kind());
        refundOf.set(refunded);
        date.set(row.date());
        description.set(row.description());
        paid.fill(row.paid());
        amountText.set(row.isForeign() ? paid.amountForEditing(row.paid()) : money.forEditing(row.amount()));
        category.set(rowCategory == null ? NO_CATEGORY : rowCategory);
        notes.set(row.notes() == null ? "" : row.notes());
        // A series that was stopped shows as "does not repeat": its end lies behind it.
        boolean running = row.isRecurring() && (row.repeatUntil() == null || row.repeatUntil().isAfter(row.date()));
        repeat.set(running ? row.repeats() : null);
        repeatUntil.set(running ? row.repeatUntil() : null);
        wasRecurring.set(row.isRecurring());
        unchanged.set(fields());
    }

    /**
     * What to do with the series: for a new expense, or one that repeats or did, the choice as made; for a
     * one-off expense that stays one, null (nothing to change).
     */
    public Repeat repeatChoice() {
        Repeat choice = repeat.get() == null ? Repeat.NEVER : new Repeat(repeat.get(), repeatUntil.get());
        return choice.repeats() || wasRecurring.get() ? choice : null;
    }

    public ReadOnlyBooleanProperty belongsToSeriesProperty() {
        return wasRecurring;
    }

    /** The checked details; call only while {@link #validProperty()} is true. A split payment's category and notes are its parts'. */
    public ExpenseDetails toDetails() {
        CategoryRow chosen = category.get();
        boolean splitUp = split.enabledProperty().get();
        Long categoryId = splitUp || chosen == null || chosen.id() == NO_CATEGORY.id() ? null : chosen.id();
        if (paid.foreignProperty().get()) {
            // The ledger amount is what the amount as paid converts to; the first argument only stands in for it.
            return new ExpenseDetails(date.get(), description.get(), java.math.BigDecimal.ONE, categoryId, splitUp ? null : notes.get(),
                    kind.get(), kind.get() == EntryKind.REFUND && refundOf.get() != null ? refundOf.get().id() : null)
                    .paidIn(paid.paid(), money.currency());
        }
        return new ExpenseDetails(date.get(), description.get(), money.parse(amountText.get()).value(),
                categoryId, splitUp ? null : notes.get(), kind.get(),
                kind.get() == EntryKind.REFUND && refundOf.get() != null ? refundOf.get().id() : null);
    }

    /** The split section: its parts, what is left to assign, and why it cannot be saved yet. */
    public SplitEditorModel split() {
        return split;
    }

    /** Marks what the dialog shows now as unchanged (after the stored parts arrived). */
    public void markUnchanged() {
        unchanged.set(fields());
    }

    /** The amount in another currency: chooser, rate, conversion shown as the user types. */
    public PaidAmountModel paid() {
        return paid;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    /** The dialog's title for the kind chosen: "New refund", "Edit income"…, not "expense" for every kind. */
    public String title(boolean editing) {
        String suffix = switch (kind.get()) {
            case REFUND -> ".refund";
            case INCOME -> ".income";
            default -> "";
        };
        return texts.get((editing ? "editor.title.edit" : "editor.title.add") + suffix);
    }

    public ObjectProperty<ExpenseRow> refundOfProperty() {
        return refundOf;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty amountTextProperty() {
        return amountText;
    }

    public ObjectProperty<CategoryRow> categoryProperty() {
        return category;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Frequency> repeatProperty() {
        return repeat;
    }

    public ObjectProperty<LocalDate> repeatUntilProperty() {
        return repeatUntil;
    }

    public StringBinding untilErrorProperty() {
        return untilError;
    }

    public StringBinding dateErrorProperty() {
        return dateError;
    }

    public StringBinding descriptionErrorProperty() {
        return descriptionError;
    }

    public StringBinding amountErrorProperty() {
        return amountError;
    }

    public StringBinding notesErrorProperty() {
        return notesError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
