package app.outlay.service;

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
 * @param bankFile       how to read a structured bank file (OFX, QIF, CAMT.053, MT940); null for a CSV file, which
 *                       {@code format} and {@code mapping} describe
 */
public record ImportRequest(Path file, CsvFormat format, ColumnMapping mapping, boolean keepDuplicates,
                            Set<Long> skipLines, Map<String, String> categoryMap, List<CategoryRule> rules,
                            BankFileChoice bankFile) {

    /** A CSV file. */
    public ImportRequest(Path file, CsvFormat format, ColumnMapping mapping, boolean keepDuplicates,
                         Set<Long> skipLines, Map<String, String> categoryMap, List<CategoryRule> rules) {
        this(file, format, mapping, keepDuplicates, skipLines, categoryMap, rules, null);
    }

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mapping, "mapping");
        skipLines = Set.copyOf(skipLines);
        categoryMap = categoryMap.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b));
        rules = List.copyOf(rules);
    }

    public static ImportRequest of(Path file, CsvFormat format, ColumnMapping mapping) {
        return new ImportRequest(file, format, mapping, false, Set.of(), Map.of(), List.of());
    }

    /** A structured bank file; the CSV settings are unused (and Outlay's own). */
    public static ImportRequest ofBankFile(Path file, BankFileChoice bankFile) {
        return new ImportRequest(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL, false, Set.of(), Map.of(), List.of(),
                Objects.requireNonNull(bankFile, "bankFile"));
    }

    public ImportRequest withBankFile(BankFileChoice choice) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, categoryMap, rules, choice);
    }

    public ImportRequest keepingDuplicates(boolean keep) {
        return new ImportRequest(file, format, mapping, keep, skipLines, categoryMap, rules, bankFile);
    }

    public ImportRequest skipping(Set<Long> lines) {
        return new ImportRequest(file, format, mapping, keepDuplicates, lines, categoryMap, rules, bankFile);
    }

    public ImportRequest withCategoryMap(Map<String, String> map) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, map, rules, bankFile);
    }

    public ImportRequest withRules(List<CategoryRule> newRules) {
        return new ImportRequest(file, format, mapping, keepDuplicates, skipLines, categoryMap, newRules, bankFile);
    }
}
