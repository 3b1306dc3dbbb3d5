package app.outlay.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The app's texts in one language: the messages bundle ({@code app/outlay/ui/i18n/messages*.properties}) and the
 * locale that numbers and dates in them are written in.
 */
public final class Texts {

    public static final String BUNDLE = "app.outlay.ui.i18n.messages";

    private static final ConcurrentMap<Locale, Texts> LOADED = new ConcurrentHashMap<>();

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts for {@code locale}, else the English base file — never the machine's default language: a window
     * asked for in English stays English on a German desktop.
     */
    public static Texts of(Locale locale) {
        return LOADED.computeIfAbsent(locale, wanted -> new Texts(ResourceBundle.getBundle(BUNDLE, wanted,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)), wanted));
    }

    /** English, for logs, exception messages and the command line (a tool for scripts, which stays English). */
    public static Texts english() {
        return of(Locale.ENGLISH);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * The text under {@code key} with its {placeholders} filled in, numbers in this language's way. A text with
     * placeholders is a MessageFormat pattern (an apostrophe is written twice); one without is used as it is.
     */
    public String format(String key, Object... arguments) {
        if (arguments.length == 0) {
            return get(key);
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = resolve(arguments[i]);
        }
        return new MessageFormat(get(key), locale).format(resolved);
    }

    /**
     * An argument as this language writes it: a nested text in the same language, a date in running text, an amount
     * of money with two decimals, a list as its items joined with "; ".
     */
    private Object resolve(Object argument) {
        if (argument instanceof UserText nested) {
            return of(nested);
        }
        if (argument instanceof LocalDate date) {
            return date(date);
        }
        if (argument instanceof BigDecimal amount) {
            NumberFormat money = NumberFormat.getNumberInstance(locale);
            money.setMinimumFractionDigits(2);
            money.setMaximumFractionDigits(2);
            return money.format(amount);
        }
        if (argument instanceof List<?> items) {
            return items.stream().map(item -> String.valueOf(resolve(item))).collect(Collectors.joining("; "));
        }
        return argument;
    }

    /** A date as this language writes it in running text, e.g. {@code Mar 3, 2026} or {@code 03.03.2026}. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String of(UserText text) {
        Objects.requireNonNull(text, "text");
        try {
            return format(text.key(), text.arguments().toArray());
        } catch (MissingResourceException e) {
            // A key missing from the bundle is a bug, and MessagesTest catches it; still show something useful.
            return text.key() + " " + text.arguments();
        }
    }
}
