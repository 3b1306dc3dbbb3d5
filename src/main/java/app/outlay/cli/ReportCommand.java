package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.service.report.BudgetLine;
import app.outlay.service.category.CategoryTotal;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.report.ReportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code outlay report [--month YYYY-MM] [--format text|csv]}: a month's spending by category (net of refunds) against
 * the budgets, then its income by category, the totals of both and the net.
 */
@Command(name = "report", description = "Spending by category for one month (net of refunds), with budget and remaining "
        + "where a category has a budget; then the month's income by category, total spent, total income and net.")
final class ReportCommand implements Runnable {

    enum Format { TEXT, CSV }

    /** One category of the report; budget and remaining are null where the category has no budget. */
    record Line(String category, BigDecimal spent, BigDecimal budget, BigDecimal remaining) {
    }

    private final CliEnvironment env;

    @CommandLine.Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month to report on (default: the current month).")
    YearMonth month;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (aligned columns, the default) or csv (header category,spent,budget,remaining; "
                    + "'.' decimals; then lines 'Income: <category>,<received>,,' and 'Total spent', 'Total income', 'Net').")
    Format format;

    ReportCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public void run() {
        YearMonth reported = month == null ? YearMonth.now() : month;
        List<Line> lines;
        List<CategoryTotal> income;
        Optional<Currency> currency;
        try (Database database = env.named(Database.open(env.databaseSettings()))) {
            ReportService reports = new ReportService(new DatabaseHolder(database));
            lines = lines(reports, reported);
            income = reports.incomeByCategory(reported.atDay(1), reported.atEndOfMonth());
            currency = new LedgerService(new DatabaseHolder(database)).chosenCurrency();
        }
        BigDecimal total = lines.stream().map(Line::spent).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        env.out().print(format == Format.CSV ? ReportFormats.csv(lines, total, income)
                : ReportFormats.text(title(reported, currency), lines, total, income));
    }

    /** Every category spent in (largest first), then budgeted categories with nothing spent yet. */
    static List<Line> lines(ReportService reports, YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, BudgetLine> budgets = reports.budgets(month).lines().stream()
                .collect(Collectors.toMap(BudgetLine::categoryId, Function.identity()));
        List<Line> lines = new ArrayList<>();
        for (CategoryTotal total : reports.totalsByCategory(from, to)) {
            BudgetLine budget = total.categoryId() == null ? null : budgets.remove(total.categoryId());
            lines.add(budget == null ? new Line(total.name(), total.total(), null, null)
                    : new Line(total.name(), total.total(), budget.budget(), budget.remaining()));
        }
        budgets.values().stream().sorted(java.util.Comparator.comparing(BudgetLine::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(b -> lines.add(new Line(b.name(), b.spent(), b.budget(), b.remaining())));
        return lines;
    }

    /** "Spending in March 2026", with the ledger's currency code where one was chosen: "… (CHF)". The CSV stays plain numbers. */
    private static String title(YearMonth month, Optional<Currency> currency) {
        return "Spending in " + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))
                + currency.map(c -> " (" + c.getCurrencyCode() + ")").orElse("");
    }

    /** Reads {@code 2026-03}; anything else is a usage error (exit 2) that says what was expected. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a month; write it as YYYY-MM, e.g. 2026-03");
            }
        }
    }
}
