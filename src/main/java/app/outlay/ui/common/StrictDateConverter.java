package app.outlay.ui.common;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date picker's converter that refuses a day its month does not have, instead of moving it: JavaFX's own converter
 * resolves "smartly", so 31.02.2026 became 28 February and an expense was saved on a day nobody typed. The typed
 * text must name the day of the date it is read as; everything else (the language's order, two-digit years) stays
 * the picker's own.
 */
public final class StrictDateConverter extends StringConverter<LocalDate> {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private final StringConverter<LocalDate> picker;

    StrictDateConverter(StringConverter<LocalDate> picker) {
        this.picker = picker;
    }

    /** Makes {@code datePicker} read typed dates strictly (see above). */
    public static void install(DatePicker datePicker) {
        datePicker.setConverter(new StrictDateConverter(datePicker.getConverter()));
    }

    @Override
    public String toString(LocalDate date) {
        return picker.toString(date);
    }

    @Override
    public LocalDate fromString(String text) {
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
