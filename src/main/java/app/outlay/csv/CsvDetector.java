package app.outlay.csv;

import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses how a file is written: the encoding from all of its bytes ({@link EncodingScan}), then from its first
 * 64 KiB the delimiter, header, date format, decimal and
 * thousands separators, the sign of expenses, and which column is which. Every guess can be overridden.
 */
public final class CsvDetector {

    public static final int PREVIEW_RECORDS = 20;
    private static final int SAMPLE_RECORDS = 200;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Pattern AMOUNT_LIKE = Pattern.compile(
            "^[-+(\u2212]?\\s*(\\p{Sc}|[A-Z]{3}\\s)?\\s*[-+]?\\d[\\d.,'\u00a0\u202f ]*\\)?-?\\s*(\\p{Sc}|[A-Z]{3})?$");

    private CsvDetector() {
    }

    public static Detection detect(Path file) throws IOException {
        EncodingScan scan = EncodingScan.of(file);
        if (scan.size() == 0) {
            return problem("problem.csv.empty");
        }
        if (scan.looksBinary()) {
            return problem("problem.csv.binary");
        }
        Charset encoding = scan.charset();
        String text = scan.headText(encoding);
        int firstLine = 1;
        var excel = EXCEL_SEPARATOR.matcher(text);
        Character stated = null;
        if (excel.lookingAt()) {
            // Excel's "sep=;" line says the delimiter and is no record.
            stated = excel.group(1).charAt(0);
            text = text.substring(excel.end());
            firstLine = 2;
        }
        char delimiter = stated != null ? stated : guessDelimiter(text);
        List<CsvRecord> records = records(text, delimiter, SAMPLE_RECORDS);
        if (records.isEmpty()) {
            return problem("problem.csv.onlyEmptyLines");
        }
        int start = headerAfterPreamble(records);
        if (start > 0) {
            firstLine += (int) records.get(start).line() - 1;
            records = records.subList(start, records.size());
        }
        boolean header = looksLikeHeader(records.get(0));
        List<String> headerNames = header ? records.get(0).fields() : null;
        List<CsvRecord> data = header ? records.subList(1, records.size()) : records;

        DateGuess date = guessDate(data, columnCount(records));
        char decimal = guessDecimal(data, date.column, germanSigns(delimiter, date.pattern, headerNames));
        Character thousands = decimal == ',' ? '.' : ',';
        CsvFormat format = new CsvFormat(encoding, delimiter, '"', header, decimal, thousands,
                date.pattern == null ? "yyyy-MM-dd" : date.pattern, CsvFormat.AmountSign.POSITIVE_IS_EXPENSE, firstLine);
        ColumnMapping mapping = guessMapping(headerNames, data, date.column, format);
        // Outlay's own file (it has a kind column) writes every amount above zero: a negative one is an error in it.
        if (mapping.has(Column.AMOUNT) && !mapping.has(Column.KIND) && anyNegative(data, mapping.index(Column.AMOUNT), format)) {
            format = format.withSign(CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE);
        }
        // The preview is read as the import reads, so a line with bytes the encoding cannot read shows as rejected.
        return reread(file, scan, format, mapping);
    }

    /** The header and first records read with a format the user changed; {@code scan} is the file's from {@link #detect}. */
    public static Detection reread(Path file, EncodingScan scan, CsvFormat format, ColumnMapping mapping) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = CsvFiles.open(file, format)) {
            while (reader.hasNext() && records.size() < PREVIEW_RECORDS + 1) {
                CsvRecord record = reader.next();
                if (!record.isBlank() || records.isEmpty() && !format.header()) {
                    records.add(record);
                }
            }
        } catch (InvalidInputException e) {
            return new Detection(format, scan, null, mapping, List.of(), e.explanation());
        }
        List<String> header = format.header() && !records.isEmpty() ? records.get(0).fields() : null;
        List<CsvRecord> data = format.header() && !records.isEmpty() ? records.subList(1, records.size()) : records;
        return new Detection(format, scan, header, mapping,
                data.subList(0, Math.min(PREVIEW_RECORDS, data.size())), records.isEmpty() ? UserText.of("problem.csv.empty") : null);
    }

    private static Detection problem(String key) {
        return new Detection(CsvFormat.CANONICAL, null, null, ColumnMapping.CANONICAL, List.of(), UserText.of(key));
    }

    private static List<CsvRecord> records(String text, char delimiter, int max) {
        List<CsvRecord> records = new ArrayList<>();
        CsvReader reader = new CsvReader(new StringReader(text), delimiter, '"');
        while (reader.hasNext() && records.size() < max) {
            CsvRecord record = reader.next();
            if (!record.isBlank()) {
                records.add(record);
            }
        }
        return records;
    }

    /** The delimiter that splits the most lines into the same number (above one) of fields. */
    private static char guessDelimiter(String text) {
        char best = ',';
        double bestScore = 0;
        for (char candidate : DELIMITERS) {
            List<CsvRecord> records = records(text, candidate, 50);
            Map<Integer, Integer> counts = new HashMap<>();
            records.forEach(r -> counts.merge(r.fields().size(), 1, Integer::sum));
            int mode = 0;
            int modeCount = 0;
            for (var e : counts.entrySet()) {
                if (e.getKey() > 1 && (e.getValue() > modeCount || e.getValue() == modeCount && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeCount = e.getValue();
                }
            }
            double score = records.isEmpty() || mode < 2 ? 0 : (double) modeCount / records.size() * 1000 + mode;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int columnCount(List<CsvRecord> records) {
        return records.stream().mapToInt(r -> r.fields().size()).max().orElse(0);
    }

    private static final Pattern EXCEL_SEPARATOR = Pattern.compile("^\uFEFF?\"?sep=([^\\r\\n\"])\"?[ \\t]*(\\r\\n|\\r|\\n)",
            Pattern.CASE_INSENSITIVE);
    /** Column names that say "date" in a header found after a preamble. */
    private static final List<String> DATE_NAMES = List.of("date", "datum", "buchung", "valuta", "wertstellung", "fecha", "data");

    /**
     * Where the header is when lines of account details come before it (ING, DKB, comdirect): the records are the
     * widest lines that recur (a preamble's "IBAN;DE12…" lines are narrower, however many there are). 0 when the
     * first record is that wide; else the first record that is, looks like a header and has a date-like column
     * name; 0 when there is none (the file is read from its start, as before).
     */
    private static int headerAfterPreamble(List<CsvRecord> records) {
        Map<Integer, Integer> counts = new HashMap<>();
        records.forEach(r -> counts.merge(r.fields().size(), 1, Integer::sum));
        int width = counts.entrySet().stream().filter(e -> e.getValue() > 1).mapToInt(Map.Entry::getKey).max().orElse(-1);
        if (width < 2 || records.get(0).fields().size() == width) {
            return 0;
        }
        for (int i = 1; i < records.size() - 1; i++) {
            CsvRecord candidate = records.get(i);
            boolean dateName = candidate.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT))
                    .anyMatch(f -> DATE_NAMES.stream().anyMatch(f::contains));
            if (candidate.fields().size() == width && dateName && looksLikeHeader(candidate)) {
                return i;
            }
        }
        return 0;
    }

    /** A first line in which nothing is a number or a date is a header. */
    private static boolean looksLikeHeader(CsvRecord first) {
        for (String field : first.fields()) {
            if (field.isBlank()) {
                continue;
            }
            if (AMOUNT_LIKE.matcher(field.strip()).matches()) {
                return false;
            }
            for (String pattern : DateFormats.COMMON) {
                if (DateFormats.parse(field, DateFormats.formatter(pattern)) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    private record DateGuess(int column, String pattern) {
    }

    /** The column and pattern that read the most values as dates (a total line at the end may not be one). */
    private static DateGuess guessDate(List<CsvRecord> data, int columns) {
        DateGuess best = new DateGuess(-1, null);
        double bestShare = 0.5;
        for (int column = 0; column < columns; column++) {
            for (String pattern : DateFormats.COMMON) {
                var formatter = DateFormats.formatter(pattern);
                int values = 0;
                int dates = 0;
                for (CsvRecord record : data) {
                    String value = record.field(column);
                    if (value != null && !value.isBlank()) {
                        values++;
                        if (DateFormats.parse(value, formatter) != null) {
                            dates++;
                        }
                    }
                }
                double share = values == 0 ? 0 : (double) dates / values;
                if (share > bestShare) {
                    bestShare = share;
                    best = new DateGuess(column, pattern);
                }
            }
        }
        return best;
    }

    private static final Pattern POINT_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final List<String> GERMAN_HEADER_WORDS = List.of("betrag", "buchung", "umsatz", "valuta", "verwendungszweck",
            "empfänger", "auftraggeber", "soll", "haben", "datum", "währung", "saldo", "wertstellung");

    /** How many things say the file was written the German way: ';' between fields, 31.12.2026 dates, German column names. */
    private static int germanSigns(char delimiter, String datePattern, List<String> header) {
        int signs = delimiter == ';' ? 1 : 0;
        if (datePattern != null && datePattern.startsWith("dd.MM")) {
            signs++;
        }
        if (header != null && header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .anyMatch(h -> GERMAN_HEADER_WORDS.stream().anyMatch(h::contains))) {
            signs++;
        }
        return signs;
    }

    /**
     * ',' when amounts end in a comma and one or two digits (12,50), '.' when they end in a point and one or two.
     * Where no amount says so (a file of whole amounts), amounts whose points all stand before three digits (-1.000,
     * -2.500) in a file written the German way (see {@link #germanSigns}) are grouped thousands: ','. Otherwise '.'.
     */
    static char guessDecimal(List<CsvRecord> data, int dateColumn, int germanSigns) {
        int comma = 0;
        int point = 0;
        int pointGroups = 0;
        int commaGroups = 0;
        for (CsvRecord record : data) {
            for (int i = 0; i < record.fields().size(); i++) {
                String value = record.fields().get(i).strip();
                if (i == dateColumn || !AMOUNT_LIKE.matcher(value).matches()) {
                    continue;
                }
                String digits = value.replaceAll("[^\\d.,]", "");
                if (POINT_GROUPED.matcher(digits).matches()) {
                    pointGroups++;
                } else if (COMMA_GROUPED.matcher(digits).matches()) {
                    commaGroups++;
                }
                int lastComma = digits.lastIndexOf(',');
                int lastPoint = digits.lastIndexOf('.');
                int last = Math.max(lastComma, lastPoint);
                if (last < 0) {
                    continue;
                }
                int after = digits.length() - last - 1;
                if (after == 1 || after == 2) {
                    if (last == lastComma) {
                        comma++;
                    } else {
                        point++;
                    }
                } else if (lastComma >= 0 && lastPoint >= 0) {
                    // 1.234,5678 style is rare; the separator that comes last is the decimal one.
                    if (lastComma > lastPoint) {
                        comma++;
                    } else {
                        point++;
                    }
                }
            }
        }
        if (comma == point && pointGroups > 0 && commaGroups == 0 && germanSigns > 0) {
            return ',';
        }
        return comma > point ? ',' : '.';
    }

    private static final Map<Column, List<String>> HEADER_WORDS = headerWords();

    private static Map<Column, List<String>> headerWords() {
        Map<Column, List<String>> words = new EnumMap<>(Column.class);
        // Most telling first; matched against the header name in lower case, whole name first, then contained.
        words.put(Column.DATE, List.of("date", "datum", "buchungstag", "booking date", "transaction date", "posted date",
                "posting date", "fecha", "data", "date"));
        words.put(Column.DESCRIPTION, List.of("description", "payee", "verwendungszweck", "buchungstext", "beschreibung",
                "text", "details", "merchant", "narrative", "name", "libellé", "concepto", "empfänger", "memo"));
        words.put(Column.AMOUNT, List.of("amount", "betrag", "value", "montant", "importe", "umsatz", "sum"));
        words.put(Column.DEBIT, List.of("debit", "withdrawal", "money out", "paid out", "soll", "ausgang"));
        words.put(Column.CREDIT, List.of("credit", "deposit", "money in", "paid in", "haben", "eingang"));
        // Before debit and credit (see guessMapping): "Soll/Haben" is a direction, not a debit column.
        words.put(Column.DIRECTION, List.of("s/h", "soll/haben", "soll / haben", "d/c", "dr/cr", "cr/dr", "debit/credit",
                "credit/debit", "direction", "soll-haben", "sollhaben", "haben/soll", "h/s"));
        words.put(Column.CATEGORY, List.of("category", "kategorie", "catégorie", "categoria"));
        words.put(Column.NOTES, List.of("notes", "note", "notiz", "bemerkung", "comment", "memo"));
        // Outlay's own sixth column; matched by its whole name only (a bank's "Kindergeld" column is no kind).
        words.put(Column.KIND, List.of("kind"));
        // Outlay's own seventh column (issue 21), by its whole name only too.
        words.put(Column.TAGS, List.of("tags"));
        // Its eighth (issue 21: split payments), by its whole name only as well.
        words.put(Column.SPLIT, List.of("split"));
        // Its ninth and tenth (issue 22: other currencies), by their whole names only.
        words.put(Column.CURRENCY, List.of("currency"));
        words.put(Column.LEDGER_AMOUNT, List.of("ledger_amount"));
        return words;
    }

    private static ColumnMapping guessMapping(List<String> header, List<CsvRecord> data, int dateColumn, CsvFormat format) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        if (header != null) {
            List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<Column> order = new java.util.ArrayList<>(List.of(Column.values()));
            order.remove(Column.DIRECTION);
            order.add(0, Column.DIRECTION);
            for (boolean whole : new boolean[] {true, false}) {
                for (Column column : order) {
                    if (found.containsKey(column) || !whole && (column == Column.KIND || column == Column.TAGS || column == Column.SPLIT
                            || column == Column.CURRENCY || column == Column.LEDGER_AMOUNT)) {
                        continue;
                    }
                    for (String word : HEADER_WORDS.get(column)) {
                        int index = indexOf(names, word, whole, found);
                        if (index >= 0) {
                            found.put(column, index);
                            break;
                        }
                    }
                }
            }
            if (found.containsKey(Column.AMOUNT) && (found.containsKey(Column.DEBIT) || found.containsKey(Column.CREDIT))) {
                found.remove(Column.AMOUNT);
            }
            payeeFirst(names, found);
        }
        if (found.containsKey(Column.AMOUNT) && !found.containsKey(Column.DIRECTION)) {
            int direction = directionColumn(data, found);
            if (direction >= 0) {
                found.put(Column.DIRECTION, direction);
            }
        }
        if (!found.containsKey(Column.DATE) && dateColumn >= 0) {
            found.put(Column.DATE, dateColumn);
        }
        if (!found.containsKey(Column.AMOUNT) && !found.containsKey(Column.DEBIT) && !found.containsKey(Column.CREDIT)) {
            int amount = lastNumericColumn(data, found, format);
            if (amount >= 0) {
                found.put(Column.AMOUNT, amount);
            }
        }
        if (!found.containsKey(Column.DESCRIPTION)) {
            int description = longestTextColumn(data, found);
            if (description >= 0) {
                found.put(Column.DESCRIPTION, description);
            }
        }
        return new ColumnMapping(found);
    }

    private static final List<String> PAYEE_WORDS = List.of("auftraggeber", "empfänger", "zahlungspflichtige", "begünstigter",
            "beguenstigter", "payee", "counterparty");
    private static final List<String> PURPOSE_WORDS = List.of("verwendungszweck", "purpose", "reference", "memo", "details",
            "buchungstext");

    /**
     * German bank files name who was paid (Auftraggeber/Empfänger) beside what for (Verwendungszweck): the payee is
     * the description, so rules, learning and refund matching see "Zalando SE" for both the order and its return,
     * and the purpose goes to the notes (where they are not mapped to a column of their own).
     */
    private static void payeeFirst(List<String> names, Map<Column, Integer> found) {
        Integer description = found.get(Column.DESCRIPTION);
        if (description == null || PURPOSE_WORDS.stream().noneMatch(names.get(description)::contains)) {
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!found.containsValue(i) && PAYEE_WORDS.stream().anyMatch(name::contains)) {
                found.put(Column.DESCRIPTION, i);
                if (!found.containsKey(Column.NOTES)) {
                    found.put(Column.NOTES, description);
                }
                return;
            }
        }
    }

    /** A column whose every value is S or H, D or C (or Soll, Haben, Debit, Credit): which way the amount went. */
    private static int directionColumn(List<CsvRecord> data, Map<Column, Integer> taken) {
        for (int column = 0; column < columnCount(data); column++) {
            if (taken.containsValue(column)) {
                continue;
            }
            int values = 0;
            boolean all = true;
            for (CsvRecord record : data) {
                String value = record.field(column);
                if (value != null && !value.isBlank()) {
                    values++;
                    all &= value.strip().matches("\\p{L}+") && Direction.of(value).isPresent();
                }
            }
            if (all && values > 0 && values * 10 >= data.size() * 8) {
                return column;
            }
        }
        return -1;
    }

    private static int indexOf(List<String> names, String word, boolean whole, Map<Column, Integer> taken) {
        for (int i = 0; i < names.size(); i++) {
            if (taken.containsValue(i)) {
                continue;
            }
            String name = names.get(i);
            if (whole ? name.equals(word) : name.contains(word)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNumericColumn(List<CsvRecord> data, Map<Column, Integer> taken, CsvFormat format) {
        int columns = columnCount(data);
        for (int column = columns - 1; column >= 0; column--) {
            if (taken.containsValue(column)) {
                continue;
            }
            int values = 0;
            int numbers = 0;
            for (CsvRecord record : data) {
                String value = record.field(column);
                if (value != null && !value.isBlank()) {
                    values++;
                    if (Amounts.parse(value, format.decimal(), format.thousands()).ok()) {
                        numbers++;
                    }
                }
            }
            if (values > 0 && numbers * 10 >= values * 8) {
                return column;
            }
        }
        return -1;
    }

    private static int longestTextColumn(List<CsvRecord> data, Map<Column, Integer> taken) {
        int best = -1;
        double bestLength = 0;
        for (int column = 0; column < columnCount(data); column++) {
            if (taken.containsValue(column)) {
                continue;
            }
            final int c = column;
            double length = data.stream().map(r -> r.field(c)).filter(v -> v != null)
                    .mapToInt(String::length).average().orElse(0);
            if (length > bestLength) {
                bestLength = length;
                best = column;
            }
        }
        return best;
    }

    private static boolean anyNegative(List<CsvRecord> data, int column, CsvFormat format) {
        for (CsvRecord record : data) {
            String value = record.field(column);
            if (value != null) {
                Amounts.Result amount = Amounts.parse(value, format.decimal(), format.thousands());
                if (amount.ok() && amount.value().signum() < 0) {
                    return true;
                }
            }
        }
        return false;
    }

}
