package app.outlay.service.importing;

import app.outlay.bankfiles.BankFileChoice;
import app.outlay.csv.CategoryRule;
import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything an import needs to know: the file, how it is written, which column is which, and the user's
 * decisions about duplicates, lines to skip and categories.
 *
 * @param skipLines      physical line numbers the user chose to leave out (the rejected ones they saw)
 * @param categoryMap    a category named in the file (any case) → the existing category it goes to; others are created
 * @param rules          "description contains X → category Y", for lines without a category of their own
 * @param moneyIn        what becomes of lines of money coming in whose kind the file does not state
 * @param moneyInLines   the user's choice for single lines of money coming in (by physical line number), over {@code moneyIn}
 * @param bankFile       how to read a structured bank file (OFX, QIF, CAMT.053, MT940); null for a CSV file, which
 *                       {@code format} and {@code mapping} describe
 */
public record ImportRequest(Path file, CsvFormat format, ColumnMapping mapping, boolean keepDuplicates,
                            Set<Long> skipLines, Map<String, String> categoryMap, List<CategoryRule> rules,
                            MoneyIn moneyIn, Map<Long, MoneyIn> moneyInLines, BankFileChoice bankFile) {

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mapping, "mapping");
        skipLines = Set.copyOf(skipLines);
        categoryMap = categoryMap.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b));
        rules = List.copyOf(rules);
        moneyIn = moneyIn == null ? MoneyIn.SKIP : moneyIn;
        moneyInLines = Map.copyOf(moneyInLines);
    }

    /** Money coming in is skipped, as before entries had kinds. */
    public ImportRequest(Path file, CsvFormat format, ColumnMapping mapping, boolean keepDuplicates,
                         Set<Long> skipLines, Map<String, String> categoryMap, List<CategoryRule> rules) {
        this(file, format, mapping, keepDuplicates, skipLines, categoryMap, rules, MoneyIn.SKIP, Map.of(), null);
    }

    /** A CSV file with the user's choices for money coming in. */
    public ImportRequest(Path file, CsvFormat format, ColumnMapping mapping, boolean keepDuplicates,
                         Set<Long> skipLines, Map<String, String> categoryMap, List<CategoryRule> rules,
                         MoneyIn moneyIn, Map<Long, MoneyIn> moneyInLines) {
        this(file, format, mapping, keepDuplicates, skipLines, categoryMap, rules, moneyIn, moneyInLines, null);
    }

    public static ImportRequest of(Path file, CsvFormat format, ColumnMapping mapping) {
        return new ImportRequest(file, format, mapping, false, Set.of(), Map.of(), List.of());
    }

    /** A structured bank file; the CSV settings are unused (and Outlay's own). */
    public static ImportRequest ofBankFile(Path file, BankFileChoice bankFile) {
        return new ImportRequest(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL, false, Set.of(), Map.of(), List.of(),
                MoneyIn.SKIP, Map.of(), Objects.requireNonNull(bankFile, "bankFile"));
    }

    public ImportRequest withBankFile(BankFileChoice choice) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, categoryMap, rules, moneyIn, moneyInLines, choice);
    }

    public ImportRequest keepingDuplicates(boolean keep) {
        return new ImportRequest(file, format, mapping, keep, skipLines, categoryMap, rules, moneyIn, moneyInLines, bankFile);
    }

    public ImportRequest skipping(Set<Long> lines) {
        return new ImportRequest(file, format, mapping, keepDuplicates, lines, categoryMap, rules, moneyIn, moneyInLines, bankFile);
    }

    public ImportRequest withCategoryMap(Map<String, String> map) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, map, rules, moneyIn, moneyInLines, bankFile);
    }

    public ImportRequest withRules(List<CategoryRule> newRules) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, categoryMap, newRules, moneyIn, moneyInLines, bankFile);
    }

    /** What becomes of money coming in whose kind the file does not state. */
    public ImportRequest withMoneyIn(MoneyIn choice) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, categoryMap, rules, choice, moneyInLines, bankFile);
    }

    /** The user's choice for single lines of money coming in, over {@link #moneyIn()}. */
    public ImportRequest withMoneyInLines(Map<Long, MoneyIn> choices) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, categoryMap, rules, moneyIn, choices, bankFile);
    }

    /** The choice for the money coming in on physical line {@code line}. */
    public MoneyIn moneyInFor(long line) {
        return moneyInLines.getOrDefault(line, moneyIn);
    }

    /** True when some money coming in may be imported, so such lines must be read as fully as expenses. */
    public boolean importsMoneyIn() {
        return moneyIn != MoneyIn.SKIP || moneyInLines.values().stream().anyMatch(choice -> choice != MoneyIn.SKIP);
    }
}
