package app.outlay.settings;

import java.util.Locale;

/**
 * The language the user chose ({@code ui.language} in settings.properties): English, German, or SYSTEM, the
 * desktop's language where Outlay has it (English otherwise).
 */
public enum LanguageChoice {
    ENGLISH("en"), GERMAN("de"), SYSTEM("system");

    private final String settingValue;

    LanguageChoice(String settingValue) {
        this.settingValue = settingValue;
    }

    /** The setting's value; anything unknown (a typo, a newer version's language) follows the system. */
    public static LanguageChoice parse(String value) {
        if (value != null) {
            for (LanguageChoice choice : values()) {
                if (choice.settingValue.equalsIgnoreCase(value.trim())) {
                    return choice;
                }
            }
        }
        return SYSTEM;
    }

    public String settingValue() {
        return settingValue;
    }

    /**
     * The locale texts, numbers and dates follow. A chosen language keeps the system's country where the system
     * speaks it too (German on an Austrian desktop stays de-AT); otherwise it is the language's main country.
     */
    public Locale locale(Locale system) {
        return switch (this) {
            case SYSTEM -> system;
            case ENGLISH -> system.getLanguage().equals("en") ? system : Locale.UK;
            case GERMAN -> system.getLanguage().equals("de") ? system : Locale.GERMANY;
        };
    }
}
