package app.outlay.rules;

import app.outlay.csv.CsvReader;
import app.outlay.csv.CsvRecord;
import app.outlay.csv.CsvWriter;
import app.outlay.domain.TagNames;
import app.outlay.text.ExplainedException;
import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Rules in a file, to keep or to share: CSV (header {@link #COLUMNS}) or JSON (an array of objects with the same
 * keys), chosen by the file's extension. Categories are written by name, tags as in the CSV of expenses
 * ({@code Rome 2026;work}). Reading checks every rule and names the line (the object's number in JSON) of the first
 * bad one; nothing is half read. Files written before rules added tags (no {@code tags} column or key) read as before.
 */
public final class RuleFiles {

    public static final List<String> COLUMNS = List.of("name", "enabled", "match", "text", "amount_min", "amount_max", "kind",
            "category", "description", "note", "tags");

    private RuleFiles() {
    }

    public static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Writes the rules, in order, as CSV or JSON by the file's extension. */
    public static void write(Path file, List<Rule> rules) throws IOException {
        Files.writeString(file, isJson(file) ? json(rules) : csv(rules), StandardCharsets.UTF_8);
    }

    /**
     * Reads rules to add, in the file's order.
     *
     * @param categoryIds a category's id by its name, or null when the ledger has none of that name
     * @throws InvalidInputException naming the line and value of the first rule that cannot be read
     */
    public static List<Rule> read(Path file, Function<String, Long> categoryIds) {
        List<Map<String, String>> rows;
        try {
            rows = isJson(file) ? JsonRows.read(Files.readString(file, StandardCharsets.UTF_8)) : csvRows(file);
        } catch (IOException | IllegalArgumentException e) {
            Object why = e instanceof InvalidInputException invalid ? invalid.explanation() : String.valueOf(e.getMessage());
            throw new ExplainedException(UserText.of("problem.rules.badFile", file.toString(), why), e);
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            long line = isJson(file) ? i + 1 : Long.parseLong(row.get("#line"));
            rules.add(rule(row, line, categoryIds));
        }
        return rules;
    }

    private static Rule rule(Map<String, String> row, long line, Function<String, Long> categoryIds) {
        String category = blank(row.get("category"));
        Long categoryId = category == null ? null : categoryIds.apply(category);
        if (category != null && categoryId == null) {
            throw InvalidInputException.of("problem.rules.unknownCategory", line, category);
        }
        try {
            String enabled = blank(row.get("enabled"));
            Rule draft = Rule.draft(row.get("name"), MatchType.parse(row.get("match")), row.get("text"),
                    amount(row.get("amount_min"), line), amount(row.get("amount_max"), line), row.get("kind"), categoryId,
                    row.get("description"), row.get("note"), tags(row.get("tags"), line));
            return enabled == null || Boolean.parseBoolean(enabled) || enabled.equals("1") ? draft : draft.withEnabled(false);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(UserText.of("problem.rules.badLine", line, e.explanation()), e);
        }
    }

    private static List<String> tags(String cell, long line) {
        try {
            return TagNames.parse(cell);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(UserText.of("problem.rules.badLine", line, e.explanation()), e);
        }
    }

    private static BigDecimal amount(String text, long line) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("problem.rules.badAmount", line, text);
        }
    }

    private static List<Map<String, String>> csvRows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(in, ',', '"')) {
            if (!csv.hasNext()) {
                return rows;
            }
            List<String> header = csv.next().fields().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            for (String column : List.of("match", "text")) {
                if (!header.contains(column)) {
                    throw new ExplainedException(UserText.of("problem.rules.badColumns", file.toString(), column));
                }
            }
            while (csv.hasNext()) {
                CsvRecord record = csv.next();
                if (record.problem() != null) {
                    throw new InvalidInputException(UserText.of("problem.rules.badLine", record.line(), record.problem()));
                }
                if (record.isBlank()) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.field(i));
                }
                row.put("#line", Long.toString(record.line()));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String csv(List<Rule> rules) {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text, ',');
        csv.write(COLUMNS);
        for (Rule rule : rules) {
            csv.write(values(rule).values().stream().map(v -> v == null ? "" : v).toList());
        }
        csv.flush();
        return text.toString();
    }

    private static String json(List<Rule> rules) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rules.size(); i++) {
            json.append("  ").append(JsonRows.object(values(rules.get(i)))).append(i + 1 < rules.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    private static Map<String, String> values(Rule rule) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", rule.name());
        values.put("enabled", Boolean.toString(rule.enabled()));
        values.put("match", rule.matchType() == null ? null : rule.matchType().word());
        values.put("text", rule.matchText());
        values.put("amount_min", rule.amountMin() == null ? null : rule.amountMin().toPlainString());
        values.put("amount_max", rule.amountMax() == null ? null : rule.amountMax().toPlainString());
        values.put("kind", rule.kind() == null ? null : rule.kind().toLowerCase(Locale.ROOT));
        values.put("category", rule.categoryName());
        values.put("description", rule.description());
        values.put("note", rule.note());
        values.put("tags", rule.tags().isEmpty() ? null : TagNames.join(rule.tags()));
        return values;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
