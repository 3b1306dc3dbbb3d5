package app.outlay.ui;

import app.outlay.text.Texts;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shortcut a text names is written as the menus show it: JavaFX draws accelerators as "Ctrl+Z" in every language,
 * so a German hint saying "Strg+F" beside a menu saying "Ctrl+F" read as two different keys to a tester.
 */
class ShortcutTextsTest {

    private static final Pattern SHORTCUT = Pattern.compile("(\\p{L}+)\\+([A-Z0-9])\\b");

    @Test
    void shortcutsInTextsAreWrittenAsTheMenusShowThem() {
        List<String> different = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            ResourceBundle bundle = Texts.of(locale).bundle();
            for (String key : Collections.list(bundle.getKeys())) {
                Matcher shortcut = SHORTCUT.matcher(bundle.getString(key));
                while (shortcut.find()) {
                    String menus = KeyCombination.valueOf("Shortcut+" + shortcut.group(2)).getDisplayText();
                    if (!shortcut.group().equals(menus)) {
                        different.add(locale + " " + key + ": " + shortcut.group() + " where the menus show " + menus);
                    }
                }
            }
        }
        assertThat(different).isEmpty();
    }
}
