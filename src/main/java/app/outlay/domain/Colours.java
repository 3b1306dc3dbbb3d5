package app.outlay.domain;

import app.outlay.text.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * Further colours for when the palette is in use (the default categories take all of it), as legible; new
     * categories take whichever of palette and these is furthest from every colour in use.
     */
    static final List<String> MORE = List.of(
            "#17becf", "#bcbd22", "#7f3c8d", "#11a579", "#e73f74",
            "#008695", "#cf1c90", "#4b4b8f", "#a5682a", "#6b8e23");

    private Colours() {
    }

    public static String requireHex(String colour) {
        if (colour == null || !HEX.matcher(colour).matches()) {
            throw InvalidInputException.of("problem.colour", String.valueOf(colour));
        }
        return colour.toLowerCase(Locale.ROOT);
    }

    /**
     * The colour for a new category: of the palette and {@link #MORE}, the one whose nearest colour in use is the
     * furthest away as the eye sees it (CIE Lab distance), so a new category never looks like an existing one while
     * a clearly different colour is left; ties go to the earlier colour, so the palette comes first.
     */
    public static String mostDistinctFrom(Collection<String> inUse) {
        List<double[]> used = inUse.stream().filter(c -> c != null && HEX.matcher(c).matches()).map(Colours::lab).toList();
        String best = PALETTE.get(0);
        double bestDistance = -1;
        for (String candidate : candidates()) {
            double[] lab = lab(candidate);
            double nearest = used.stream().mapToDouble(other -> distance(lab, other)).min().orElse(Double.MAX_VALUE);
            if (nearest > bestDistance) {
                best = candidate;
                bestDistance = nearest;
            }
        }
        return best;
    }

    private static List<String> candidates() {
        List<String> all = new ArrayList<>(PALETTE);
        all.addAll(MORE);
        return all;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    /** sRGB {@code #rrggbb} to CIE L*a*b* (D65). */
    static double[] lab(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = linear((rgb >> 16) & 0xff);
        double g = linear((rgb >> 8) & 0xff);
        double b = linear(rgb & 0xff);
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
