package app.outlay.csv;

import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which column of the file (0-based) holds which of Outlay's fields. A file gives either one signed amount column,
 * or debit and/or credit columns (money out and money in).
 */
public final class ColumnMapping {

    private final Map<Column, Integer> columns;

    public ColumnMapping(Map<Column, Integer> columns) {
        EnumMap<Column, Integer> copy = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> {
            if (index != null && index >= 0) {
                copy.put(column, index);
            }
        });
        this.columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping of(Object... columnIndexPairs) {
        Map<Column, Integer> map = new EnumMap<>(Column.class);
        for (int i = 0; i < columnIndexPairs.length; i += 2) {
            map.put((Column) columnIndexPairs[i], (Integer) columnIndexPairs[i + 1]);
        }
        return new ColumnMapping(map);
    }

    /** The canonical export's first five columns, all an export had before entries had kinds: date,description,amount,category,notes. */
    public static final ColumnMapping CANONICAL_FIVE = of(Column.DATE, 0, Column.DESCRIPTION, 1, Column.AMOUNT, 2,
            Column.CATEGORY, 3, Column.NOTES, 4);

    /** The canonical export's columns before tags: date,description,amount,category,notes,kind. */
    public static final ColumnMapping CANONICAL = CANONICAL_FIVE.with(Column.KIND, 5);

    /**
     * Every column Outlay's export writes, in its place: date,description,amount,category,notes,kind,tags,split. A file's
     * header says which of them it has (the detector maps by name); the later ones are optional.
     */
    public static final ColumnMapping CANONICAL_ALL = CANONICAL.with(Column.TAGS, 6).with(Column.SPLIT, 7)
            .with(Column.CURRENCY, 8).with(Column.LEDGER_AMOUNT, 9);

    /**
     * True for Outlay's own export, of any version: the five first columns in their places, and any later column
     * Outlay writes in its place (an older export lacks the later ones).
     */
    public static boolean isCanonical(ColumnMapping mapping) {
        for (Map.Entry<Column, Integer> column : CANONICAL_FIVE.columns.entrySet()) {
            if (!column.getValue().equals(mapping.columns.get(column.getKey()))) {
                return false;
            }
        }
        return mapping.columns.entrySet().stream().allMatch(c -> c.getValue().equals(CANONICAL_ALL.columns.get(c.getKey())));
    }

    /** The column's 0-based index, or -1 when the file has none for it. */
    public int index(Column column) {
        return columns.getOrDefault(column, -1);
    }

    public boolean has(Column column) {
        return columns.containsKey(column);
    }

    public Map<Column, Integer> asMap() {
        return columns;
    }

    public ColumnMapping with(Column column, int index) {
        EnumMap<Column, Integer> copy = new EnumMap<>(Column.class);
        copy.putAll(columns);
        if (index < 0) {
            copy.remove(column);
        } else {
            // One column means one thing: taking it for this field frees it from any other.
            copy.entrySet().removeIf(e -> e.getValue() == index);
            copy.put(column, index);
        }
        return new ColumnMapping(copy);
    }

    /** What is missing before a file can be read with this mapping, or null when it is complete. */
    public UserText problem() {
        if (!has(Column.DATE)) {
            return UserText.of("problem.mapping.noDate");
        }
        if (!has(Column.DESCRIPTION)) {
            return UserText.of("problem.mapping.noDescription");
        }
        if (!has(Column.AMOUNT) && !has(Column.DEBIT) && !has(Column.CREDIT)) {
            return UserText.of("problem.mapping.noAmount");
        }
        if (has(Column.AMOUNT) && (has(Column.DEBIT) || has(Column.CREDIT))) {
            return UserText.of("problem.mapping.amountAndDebit");
        }
        return null;
    }

    /**
     * Reads {@code date=Datum,description=3,amount=Betrag} (the command line's --map): each column named by its header (ignoring case) or its
     * 1-based position. Fields not named keep what {@code base} says.
     */
    public static ColumnMapping parse(String spec, List<String> header, ColumnMapping base) {
        ColumnMapping result = base == null ? new ColumnMapping(Map.of()) : base;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw InvalidInputException.of("problem.map.form", part.strip());
            }
            Column column = Column.ofKey(part.substring(0, eq));
            String target = part.substring(eq + 1).strip();
            result = result.with(column, resolve(target, header));
        }
        return result;
    }

    private static int resolve(String target, List<String> header) {
        if (target.isEmpty() || target.equalsIgnoreCase("none")) {
            return -1;
        }
        if (header != null) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(target)) {
                    return i;
                }
            }
        }
        if (target.matches("\\d+")) {
            int position = Integer.parseInt(target);
            if (position < 1) {
                throw InvalidInputException.of("problem.map.number", target);
            }
            return position - 1;
        }
        throw header == null ? InvalidInputException.of("problem.map.noColumn", target)
                : InvalidInputException.of("problem.map.noColumn.named", target, listed(header));
    }

    /** Columns named in a message: at most this many, so a file of a million columns gets a line, not 76 KB. */
    static final int LISTED_COLUMNS = 20;
    private static final int LISTED_NAME_LENGTH = 40;

    /**
     * A header for a message: the first {@value #LISTED_COLUMNS} names (each cut to {@value #LISTED_NAME_LENGTH}
     * characters), then how many more there are.
     */
    public static String listed(List<String> header) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED_COLUMNS, header.size()); i++) {
            String name = header.get(i);
            text.append(i == 0 ? "" : ", ").append(name.length() > LISTED_NAME_LENGTH
                    ? name.substring(0, LISTED_NAME_LENGTH) + "\u2026" : name);
        }
        if (header.size() > LISTED_COLUMNS) {
            text.append(", \u2026 (").append(header.size()).append(" columns)");
        }
        return text.toString();
    }

    /** The mapping written as {@link #parse} reads it, naming columns by header where there is one. */
    public String format(List<String> header) {
        StringJoiner joiner = new StringJoiner(",");
        columns.forEach((column, index) -> joiner.add(column.key() + "="
                + (header != null && index < header.size() && !header.get(index).isBlank() && !header.get(index).contains(",")
                ? header.get(index).strip() : String.valueOf(index + 1))));
        return joiner.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping that && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return format(null).toLowerCase(Locale.ROOT);
    }
}
