package app.outlay.csv;

import app.outlay.text.InvalidInputException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A bank's file layout saved under a name: the format, the column mapping, category rules and how the file's
 * categories map to the ledger's. Offered again for a file with the same header.
 *
 * @param categoryMap file category (lower case) → the ledger category it goes to
 * @param moneyIn     what the wizard does with money coming in from such files: skip, refund, income or auto (null: auto)
 */
public record ImportProfile(String name, String headerSignature, CsvFormat format, ColumnMapping mapping,
                            List<CategoryRule> rules, Map<String, String> categoryMap, String moneyIn) {

    /** A profile from before money coming in could be imported: the wizard suggests per line (auto). */
    public ImportProfile(String name, String headerSignature, CsvFormat format, ColumnMapping mapping,
                         List<CategoryRule> rules, Map<String, String> categoryMap) {
        this(name, headerSignature, format, mapping, rules, categoryMap, null);
    }

    public ImportProfile {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("problem.profile.name");
        }
        name = name.strip();
        rules = List.copyOf(rules);
        categoryMap = Map.copyOf(categoryMap);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("name", name);
        if (headerSignature != null) {
            p.setProperty("header", headerSignature);
        }
        p.setProperty("encoding", format.encoding().name());
        p.setProperty("delimiter", CsvFormat.describeChar(format.delimiter()));
        p.setProperty("header.present", String.valueOf(format.header()));
        p.setProperty("decimal", String.valueOf(format.decimal()));
        p.setProperty("thousands", CsvFormat.describeChar(format.thousands()));
        p.setProperty("date.format", format.dateFormat());
        p.setProperty("expenses.are", format.sign() == CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE ? "negative" : "positive");
        mapping.asMap().forEach((column, index) -> p.setProperty("map." + column.key(), String.valueOf(index + 1)));
        for (int i = 0; i < rules.size(); i++) {
            p.setProperty("rule." + (i + 1) + ".contains", rules.get(i).contains());
            p.setProperty("rule." + (i + 1) + ".category", rules.get(i).category());
        }
        categoryMap.forEach((from, to) -> p.setProperty("category." + from, to));
        if (moneyIn != null) {
            p.setProperty("money.in", moneyIn);
        }
        return p;
    }

    static ImportProfile fromProperties(Properties p) {
        CsvFormat format = new CsvFormat(Charset.forName(p.getProperty("encoding", "UTF-8")),
                CsvFormat.parseChar(p.getProperty("delimiter", ",")), '"',
                Boolean.parseBoolean(p.getProperty("header.present", "true")),
                p.getProperty("decimal", ".").charAt(0), CsvFormat.parseChar(p.getProperty("thousands", "none")),
                p.getProperty("date.format", "yyyy-MM-dd"),
                "negative".equals(p.getProperty("expenses.are")) ? CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE
                        : CsvFormat.AmountSign.POSITIVE_IS_EXPENSE);
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            String value = p.getProperty("map." + column.key());
            if (value != null) {
                columns.put(column, Integer.parseInt(value.strip()) - 1);
            }
        }
        List<CategoryRule> rules = new ArrayList<>();
        for (int i = 1; p.getProperty("rule." + i + ".contains") != null; i++) {
            rules.add(new CategoryRule(p.getProperty("rule." + i + ".contains"), p.getProperty("rule." + i + ".category")));
        }
        Map<String, String> categoryMap = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("category.")) {
                categoryMap.put(key.substring("category.".length()), p.getProperty(key));
            }
        }
        return new ImportProfile(p.getProperty("name"), p.getProperty("header"), format,
                new ColumnMapping(columns), rules, categoryMap, p.getProperty("money.in"));
    }
}
