package app.outlay.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Every translation has exactly the English keys, and keeps each text's {placeholders}. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void germanHasExactlyTheEnglishKeysAndPlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");

        assertThat(new TreeSet<>(german.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(german.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
            assertThat(german.getProperty(key)).as(key).doesNotContain("\uFFFD");
        }
    }

    /**
     * A text with placeholders is a MessageFormat pattern, where a lone apostrophe starts a quoted section and
     * silently swallows what follows ("the server's {0}" would print "the servers {0}"): it must be doubled.
     */
    @Test
    void textsWithPlaceholdersAreValidPatternsWithDoubledApostrophes() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_de.properties"}) {
            Properties texts = load(name);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (placeholders(text).isEmpty()) {
                    continue;
                }
                assertThat(text).as("%s in %s", key, name).doesNotContainPattern("(?<!')'(?!')");
                assertThatCode(() -> new MessageFormat(text, Locale.ROOT)).as("%s in %s", key, name).doesNotThrowAnyException();
            }
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/app/outlay/ui/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
