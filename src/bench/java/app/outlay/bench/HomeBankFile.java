package app.outlay.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The same rows as a HomeBank file ({@code .xhb}, HomeBank 5's XML): one account, the ten categories, every expense
 * a transaction with its date, amount (negative: money out), category, description (memo) and notes (info). Dates are
 * GLib Julian day numbers (1 January of year 1 is day 1), as HomeBank stores them.
 */
final class HomeBankFile {

    /** GLib's Julian day number of 1970-01-01. */
    private static final long JULIAN_EPOCH = 719_163;

    private HomeBankFile() {
    }

    static void write(SyntheticExpenses rows, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\"?>\n<homebank v=\"1.4\" d=\"050602\">\n");
            out.write("<properties title=\"Outlay benchmark\" curr=\"1\" auto_smode=\"1\" auto_weekday=\"1\"/>\n");
            out.write("<cur key=\"1\" flags=\"0\" iso=\"EUR\" name=\"Euro\" symb=\"EUR\" syprf=\"0\" dchar=\".\" gchar=\",\""
                    + " frac=\"2\" rate=\"0\" mdate=\"0\"/>\n");
            out.write("<account key=\"1\" pos=\"1\" type=\"1\" curr=\"1\" name=\"Bank\" initial=\"0\" minimum=\"0\"/>\n");
            String[] categories = SyntheticExpenses.CATEGORIES;
            for (int i = 0; i < categories.length; i++) {
                out.write("<cat key=\"" + (i + 1) + "\" name=\"" + categories[i] + "\"/>\n");
            }
            for (long i = 0; i < rows.count(); i++) {
                SyntheticExpenses.Row row = rows.row(i);
                out.write("<ope date=\"" + (row.date().toEpochDay() + JULIAN_EPOCH) + "\" amount=\"-"
                        + row.amount().toPlainString() + "\" account=\"1\" paymode=\"0\" st=\"0\" flags=\"0\"");
                if (row.category() != null) {
                    out.write(" category=\"" + (indexOf(categories, row.category()) + 1) + "\"");
                }
                out.write(" wording=\"" + row.description() + "\"");
                if (row.notes() != null) {
                    out.write(" info=\"" + row.notes() + "\"");
                }
                out.write("/>\n");
            }
            out.write("</homebank>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** HomeBank's preferences for a first start that goes straight to the file: no splash, no welcome dialog. */
    static void writePreferences(Path home) {
        try {
            Path folder = home.resolve(".config").resolve("homebank");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("preferences"),
                    "[General]\nShowSplash=false\nShowWelcome=false\nLoadLast=false\nAppendScheduled=false\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
