package app.outlay.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A deterministic ledger of {@code count} expenses spread evenly over {@code days} days from {@code first}, in date
 * order like a bank statement. Row {@code i} is always the same, so the CSV file, the raw JDBC baseline and the
 * query data all hold the same rows.
 */
record SyntheticExpenses(long count, LocalDate first, int days) {

    /** The seeded categories of V2 (about 5% of the rows have none). */
    static final String[] CATEGORIES = {"Groceries", "Eating out", "Housing", "Utilities", "Transport", "Health",
            "Shopping", "Entertainment", "Travel", "Other"};
    private static final String[] MERCHANTS = {"Corner shop", "Coffee bar", "Bakery", "Supermarket", "Fuel station",
            "Pharmacy", "Book shop", "Cinema", "Rail ticket", "Electricity", "Water", "Rent", "Pizza place",
            "Hardware store", "Florist", "Taxi", "Museum", "Airline", "Hotel", "Market stall"};

    record Row(LocalDate date, String description, BigDecimal amount, String category, String notes) {
    }

    Row row(long i) {
        long h = mix(i);
        LocalDate date = first.plusDays(i * days / count);
        String description = MERCHANTS[(int) Long.remainderUnsigned(h, MERCHANTS.length)] + " " + (i % 997);
        BigDecimal amount = BigDecimal.valueOf(100 + Long.remainderUnsigned(h >>> 16, 49_900), 2);
        int pick = (int) Long.remainderUnsigned(h >>> 40, 200);
        String category = pick < 10 ? null : CATEGORIES[pick % CATEGORIES.length];
        String notes = pick % 7 == 0 ? "note " + i : null;
        return new Row(date, description, amount, category, notes);
    }

    /** Writes the rows as Outlay's canonical CSV (docs/design.md §3). No field needs quoting. */
    void writeCsv(Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("date,description,amount,category,notes\n");
            for (long i = 0; i < count; i++) {
                Row row = row(i);
                out.write(row.date() + "," + row.description() + "," + row.amount().toPlainString() + ","
                        + (row.category() == null ? "" : row.category()) + "," + (row.notes() == null ? "" : row.notes()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SplitMix64's finaliser: cheap, and every bit of i spreads over the result. */
    private static long mix(long i) {
        long z = i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
