package app.outlay.service.ledger;

import app.outlay.csv.CsvWriter;
import app.outlay.domain.EntryKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A small file in Outlay's own CSV format (six columns, with the kind) for the soak test: 1–20 lines of expenses,
 * refunds and income, in existing categories of their side (written in any case), none, or new ones; some money
 * coming in without a kind, which the import leaves out — and sometimes one line that cannot be imported.
 */
final class SoakImportFile {

    /** A line as the ledger should get it; {@code category} is the name as written (null: none). */
    record Row(LocalDate date, String description, BigDecimal amount, String category, EntryKind kind) {
    }

    private static final String[][] BAD_LINES = {
            {"amount", "abc"}, {"amount", "0.00"}, {"amount", "12.345"}, {"date", "31.12.2025"}, {"date", "2025-02-30"}};

    final List<Row> spending = new ArrayList<>();
    /** The physical line that must be rejected, 0 for none. */
    final long badLine;
    /** The field the rejected line names. */
    final String badField;

    /**
     * Writes the file.
     *
     * @param categories the live spending categories' names, to refer to
     * @param income     the live income categories' names
     * @param newName    a name for a category the ledger may not have (used for spending only)
     */
    SoakImportFile(Path file, Random random, LocalDate today, List<String> categories, List<String> income, String newName,
                   String[] descriptions) {
        int lines = 1 + random.nextInt(20);
        int bad = random.nextInt(4) == 0 ? random.nextInt(lines) : -1;
        long badAt = 0;
        String field = null;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out, ',');
            csv.write(List.of("date", "description", "amount", "category", "notes", "kind"));
            for (int i = 0; i < lines; i++) {
                LocalDate date = today.minusDays(random.nextInt(60));
                String description = descriptions[random.nextInt(descriptions.length)];
                BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 10_000 : 10_000_000), 2);
                String category = category(random, categories, newName);
                if (i == bad) {
                    String[] wrong = BAD_LINES[random.nextInt(BAD_LINES.length)];
                    field = wrong[0];
                    csv.write(List.of(field.equals("date") ? wrong[1] : date.toString(), description,
                            field.equals("amount") ? wrong[1] : amount.toPlainString(), "", "", "expense"));
                    badAt = i + 2L; // after the header; no field spans lines
                } else if (random.nextInt(10) == 0) {
                    // Money coming in without a kind: left out, as a bank's credit is by default.
                    csv.write(List.of(date.toString(), "Refund", amount.negate().toPlainString(), "", "", ""));
                } else {
                    int dice = random.nextInt(10);
                    EntryKind kind = dice == 0 ? EntryKind.INCOME : dice == 1 ? EntryKind.REFUND : EntryKind.EXPENSE;
                    String named = kind == EntryKind.INCOME
                            ? income.isEmpty() || random.nextBoolean() ? null : income.get(random.nextInt(income.size()))
                            : category;
                    csv.write(List.of(date.toString(), description, amount.toPlainString(), named == null ? "" : named, "",
                            kind.key()));
                    spending.add(new Row(date, description, amount, named, kind));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.badLine = badAt;
        this.badField = field;
    }

    private static String category(Random random, List<String> categories, String newName) {
        int dice = random.nextInt(10);
        if (dice == 0 || categories.isEmpty()) {
            return null;
        } else if (dice == 1) {
            return newName;
        }
        String name = categories.get(random.nextInt(categories.size()));
        // The ledger matches category names in any case.
        return dice == 2 ? name.toUpperCase(Locale.ROOT) : name;
    }
}
