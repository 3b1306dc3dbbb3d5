package app.outlay.domain;

import app.outlay.text.InvalidInputException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules for a tag's name: 1 to 60 characters after trimming, no ';' (it separates tags in a CSV cell and in
 * the history) and no line breaks; names are unique ignoring case, the first spelling wins.
 */
public final class TagNames {

    public static final int MAX = 60;
    /** What separates the tags of one expense in a CSV cell: {@code trip;tax-deductible}. */
    public static final String SEPARATOR = ";";

    private TagNames() {
    }

    /** A tag name as stored, or throws naming the value. */
    public static String check(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputException.of("problem.tag.empty");
        }
        if (stripped.length() > MAX) {
            throw InvalidInputException.of("problem.tag.tooLong", stripped, MAX);
        }
        if (stripped.contains(SEPARATOR) || stripped.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("problem.tag.badCharacter", stripped);
        }
        return stripped;
    }

    /** The key that makes "Rome" and "rome" one tag. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Checked names without duplicates (ignoring case), in the order given. */
    public static List<String> distinct(Collection<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            String checked = check(name);
            byKey.putIfAbsent(key(checked), checked);
        }
        return new ArrayList<>(byKey.values());
    }

    /** The tags of a CSV cell, {@code trip; tax-deductible}: empty parts are ignored. */
    public static List<String> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : cell.split(SEPARATOR, -1)) {
            if (!part.isBlank()) {
                names.add(part);
            }
        }
        return distinct(names);
    }

    /** The CSV cell for {@code names}: {@code trip;tax-deductible}. */
    public static String join(Collection<String> names) {
        return String.join(SEPARATOR, names);
    }
}
