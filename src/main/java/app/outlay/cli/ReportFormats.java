package app.outlay.cli;

import app.outlay.cli.ReportCommand.Line;
import app.outlay.csv.FormulaGuard;
import app.outlay.service.category.CategoryTotal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How {@code outlay report} prints its lines: aligned columns for people, CSV for scripts. */
final class ReportFormats {

    private static final String[] HEADER = {"Category", "Spent", "Budget", "Remaining"};

    private ReportFormats() {
    }

    /** The month's spending lines, then (where the month has income) its income by category, the income's total and the net. */
    static String text(String title, List<Line> lines, BigDecimal total, List<CategoryTotal> income) {
        if (lines.isEmpty() && income.isEmpty()) {
            return title + ": no expenses.\n";
        }
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines) {
            rows.add(new String[] {line.category(), amount(line.spent()), amount(line.budget()), amount(line.remaining()),
                    line.remaining() != null && line.remaining().signum() < 0 ? "over budget" : ""});
        }
        List<String[]> after = new ArrayList<>();
        after.add(new String[] {income.isEmpty() ? "Total" : "Total spent", amount(total), "", "", ""});
        if (!income.isEmpty()) {
            BigDecimal received = received(income);
            for (CategoryTotal in : income) {
                after.add(new String[] {"Income: " + in.name(), amount(in.total()), "", "", ""});
            }
            after.add(new String[] {"Total income", amount(received), "", "", ""});
            after.add(new String[] {"Net", amount(received.subtract(total)), "", "", ""});
        }
        int name = HEADER[0].length();
        int[] numbers = {HEADER[1].length(), HEADER[2].length(), HEADER[3].length()};
        for (String[] row : after) {
            name = Math.max(name, row[0].length());
            numbers[0] = Math.max(numbers[0], row[1].length());
        }
        for (String[] row : rows) {
            name = Math.max(name, row[0].length());
            for (int i = 0; i < 3; i++) {
                numbers[i] = Math.max(numbers[i], row[i + 1].length());
            }
        }
        String layout = "%-" + name + "s  %" + numbers[0] + "s  %" + numbers[1] + "s  %" + numbers[2] + "s  %s";
        StringBuilder out = new StringBuilder(title).append("\n\n");
        out.append(String.format(Locale.ROOT, layout, HEADER[0], HEADER[1], HEADER[2], HEADER[3], "").stripTrailing()).append('\n');
        for (String[] row : rows) {
            out.append(String.format(Locale.ROOT, layout, (Object[]) row).stripTrailing()).append('\n');
        }
        for (String[] row : after) {
            out.append(String.format(Locale.ROOT, layout, (Object[]) row).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static BigDecimal received(List<CategoryTotal> income) {
        return income.stream().map(CategoryTotal::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /**
     * RFC 4180 fields (quoted where needed) with a header, '.' decimals, empty budget and remaining where there is no
     * budget; then a line {@code Income: <category>,<received>,,} per income category, and the lines {@code Total spent},
     * {@code Total income} and {@code Net} (income − spending). Lines end in \n rather than CRLF: this goes to a terminal
     * or a pipe into Unix tools.
     */
    static String csv(List<Line> lines, BigDecimal total, List<CategoryTotal> income) {
        StringBuilder out = new StringBuilder("category,spent,budget,remaining\n");
        for (Line line : lines) {
            out.append(quoted(FormulaGuard.guard(line.category()))).append(',').append(line.spent().toPlainString()).append(',')
                    .append(plain(line.budget())).append(',').append(plain(line.remaining())).append("\n");
        }
        for (CategoryTotal in : income) {
            out.append(quoted(FormulaGuard.guard("Income: " + in.name()))).append(',').append(in.total().toPlainString()).append(",,\n");
        }
        BigDecimal received = received(income);
        return out.append("Total spent,").append(total.toPlainString()).append(",,\n")
                .append("Total income,").append(received.toPlainString()).append(",,\n")
                .append("Net,").append(received.subtract(total).toPlainString()).append(",,\n").toString();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String quoted(String field) {
        return field.matches(".*[\",\r\n].*") || field.strip().length() != field.length()
                ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
