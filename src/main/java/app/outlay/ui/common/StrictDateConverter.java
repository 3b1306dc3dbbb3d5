package app.outlay.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date picker's converter that refuses a day its month does not have, instead of moving it: JavaFX's own converter
 * resolves "smartly", so 31.02.2026 became 28 February and an expense was saved on a day nobody typed. The typed
 * text must name the day of the date it is read as; everything else (the language's order, two-digit years) stays
 * the picker's own.
 * <p>
 * The picker itself only ever gets a date: when it commits text that is none (focus leaving it, also for a
 * question dialog opening over it), {@link #fromString} keeps the date it has, and the typed text stays for the form
 * to name as wrong. JavaFX's commit does not catch a converter's exception, so it became an "unexpected error" dialog.
 * Forms check typed text with {@link #parse}.
 */
public final class StrictDateConverter extends StringConverter<LocalDate> {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    /** On a picker whose text is no date. */
    public static final PseudoClass NOT_A_DATE = PseudoClass.getPseudoClass("not-a-date");

    private final StringConverter<LocalDate> picker;
    private final Supplier<LocalDate> kept;

    StrictDateConverter(StringConverter<LocalDate> picker, Supplier<LocalDate> kept) {
        this.picker = picker;
        this.kept = kept;
    }

    /** Makes {@code datePicker} read typed dates strictly (see above); returns the converter, for {@link #parse}. */
    public static StrictDateConverter install(DatePicker datePicker) {
        StrictDateConverter converter = new StrictDateConverter(datePicker.getConverter(), datePicker::getValue);
        datePicker.setConverter(converter);
        // Text that is no date is marked where it stands (app.css): a picker without a form message of its own (the
        // period's From and To) keeps its last date, and the user must see that the text typed is not it.
        datePicker.getEditor().textProperty().addListener((obs, old, text) ->
                datePicker.pseudoClassStateChanged(NOT_A_DATE, !converter.isDate(text)));
        return converter;
    }

    /** True for blank text (no date) and for text that names a date. */
    boolean isDate(String text) {
        try {
            return text == null || text.isBlank() || parse(text.strip()) != null;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    @Override
    public String toString(LocalDate date) {
        return picker.toString(date);
    }

    /** The picker's commit: the typed date, or, for text that is none, the date the picker has (see above). */
    @Override
    public LocalDate fromString(String text) {
        try {
            return parse(text);
        } catch (DateTimeParseException notADate) {
            return kept.get();
        }
    }

    /**
     * The date {@code text} names (null for none).
     *
     * @throws DateTimeParseException when it is no date, or a day its month does not have
     */
    public LocalDate parse(String text) {
        LocalDate date = picker.fromString(text);
        if (date != null && !numbersIn(text).contains(date.getDayOfMonth())) {
            throw new DateTimeParseException(text, text, 0);
        }
        return date;
    }

    private static Set<Integer> numbersIn(String text) {
        Set<Integer> numbers = new HashSet<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            numbers.add(Integer.parseInt(number.group()));
        }
        return numbers;
    }
}
