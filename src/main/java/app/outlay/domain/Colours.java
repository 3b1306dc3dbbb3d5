package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Category colours are stored as {@code #rrggbb}. */
public final class Colours {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** Colours for new categories, chosen to stay apart from each other and legible on light and dark backgrounds. */
    public static final List<String> PALETTE = List.of(
            "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    private Colours() {
    }

    public static String requireHex(String colour) {
        if (colour == null || !HEX.matcher(colour).matches()) {
            throw InvalidInputException.of("problem.colour", String.valueOf(colour));
        }
        return colour.toLowerCase(Locale.ROOT);
    }

    /** A palette colour for the n-th category, so new categories do not all look alike. */
    public static String forIndex(long n) {
        return PALETTE.get((int) Math.floorMod(n, (long) PALETTE.size()));
    }
}
