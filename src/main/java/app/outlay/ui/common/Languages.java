package app.outlay.ui.common;

import app.outlay.settings.LanguageChoice;
import app.outlay.settings.SettingsStore;
import app.outlay.text.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;

/**
 * The language of the window: the user's choice (View ▸ Language, {@code ui.language}) or the system's. It is also
 * the JVM's default locale while Outlay runs, so JavaFX's own texts (a date picker's months, a text field's
 * Cut/Copy/Paste) speak it too; {@link #restoreDefault()} gives the JVM its default back.
 */
public final class Languages {

    private final SettingsStore settings;
    private final Locale system;
    private final Locale defaultBefore = Locale.getDefault();
    private final ObjectProperty<LanguageChoice> choice;
    private final ReadOnlyObjectWrapper<Locale> locale = new ReadOnlyObjectWrapper<>();

    /** @param system the desktop's locale, which SYSTEM follows */
    public Languages(SettingsStore settings, Locale system) {
        this.settings = settings;
        this.system = system;
        this.choice = new SimpleObjectProperty<>(settings.language());
        apply();
    }

    public ObjectProperty<LanguageChoice> choiceProperty() {
        return choice;
    }

    /** Remembers {@code next} for the next start and switches to it; the main window rebuilds its views. */
    public void choose(LanguageChoice next) {
        settings.saveLanguage(next);
        choice.set(next);
        apply();
    }

    private void apply() {
        Locale chosen = choice.get().locale(system);
        Locale.setDefault(chosen);
        locale.set(chosen);
    }

    /** The locale texts, numbers and dates follow now; it changes when the user picks another language. */
    public ReadOnlyObjectProperty<Locale> localeProperty() {
        return locale.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale.get();
    }

    public Texts texts() {
        return Texts.of(locale());
    }

    /** The app is closing (tests start several in one JVM): the JVM's default locale is as it was. */
    public void restoreDefault() {
        Locale.setDefault(defaultBefore);
    }
}
