package app.outlay.rules;

import app.outlay.text.InvalidInputException;

import java.util.Locale;

/** How a rule's text is compared with a description; case is always ignored. */
public enum MatchType {
    CONTAINS, STARTS_WITH, EQUALS, REGEX;

    /** As files and the command line write it: contains, starts-with, equals, regex. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@link #word()} (or the constant's name); null or blank is null. */
    public static MatchType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip().replace('_', '-');
        for (MatchType type : values()) {
            if (type.word().equalsIgnoreCase(wanted)) {
                return type;
            }
        }
        throw InvalidInputException.of("problem.rules.unknownMatch", text);
    }
}
