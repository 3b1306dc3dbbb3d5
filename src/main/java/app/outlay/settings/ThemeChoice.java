package app.outlay.settings;

import java.util.Locale;

/** The look the user chose ({@code ui.theme} in settings.properties); SYSTEM follows the desktop's light or dark mode. */
public enum ThemeChoice {
    LIGHT, DARK, SYSTEM;

    /** The setting's value; anything unknown (a typo, a newer version's theme) reads as LIGHT. */
    public static ThemeChoice parse(String value) {
        if (value == null) {
            return LIGHT;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
