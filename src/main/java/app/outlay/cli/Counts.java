package app.outlay.cli;

import java.util.Locale;

/** "1 expense", "1,234 expenses": counts as the commands print them. */
final class Counts {

    private Counts() {
    }

    static String expenses(long count) {
        return String.format(Locale.ROOT, count == 1 ? "%,d expense" : "%,d expenses", count);
    }

    static String categories(long count) {
        return String.format(Locale.ROOT, count == 1 ? "%,d category" : "%,d categories", count);
    }
}
