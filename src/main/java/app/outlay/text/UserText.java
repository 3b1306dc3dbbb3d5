package app.outlay.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something to tell a person, as a key of the messages bundle and the values it names. Code below the UI (domain,
 * services, data, CSV) says what is wrong without choosing a language: the window shows it in the user's language
 * ({@link Texts#of(UserText)}), logs and the command line in English ({@link #english()}).
 * An argument may itself be a UserText (e.g. a field's name), which is put into the same language.
 */
public record UserText(String key, List<Object> arguments) {

    public UserText {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments.stream().map(argument -> argument == null ? "" : argument).toList());
    }

    public static UserText of(String key, Object... arguments) {
        return new UserText(key, Arrays.asList(arguments));
    }

    /** The text in English: for logs, exception messages and the command line. */
    public String english() {
        return Texts.english().of(this);
    }

    @Override
    public String toString() {
        return english();
    }
}
