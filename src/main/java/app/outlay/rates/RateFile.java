package app.outlay.rates;

import app.outlay.csv.CsvFiles;
import app.outlay.csv.CsvFormat;
import app.outlay.csv.CsvReader;
import app.outlay.csv.CsvRecord;
import app.outlay.domain.ForeignAmount;
import app.outlay.text.InvalidInputException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads a file of exchange rates, in one of two shapes, told apart by the header:
 * <ul>
 * <li>long: {@code date,currency,rate}, one quote a line; {@code rate} is how many units of {@code currency} one unit
 * of the base buys (as central banks write it: 1 EUR = 1.0832 USD);</li>
 * <li>wide, as the ECB publishes {@code eurofxref-hist.csv}: {@code Date,USD,JPY,…} and one line per day, with
 * {@code N/A} where a currency had no rate that day; its base is EUR.</li>
 * </ul>
 * UTF-8, ISO dates, {@code .} as decimal point. A line that does not fit refuses the whole file, naming the line and
 * the value.
 */
public final class RateFile {

    /** The ECB's base currency: its files quote every currency per euro. */
    public static final Currency ECB_BASE = Currency.getInstance("EUR");

    private RateFile() {
    }

    /**
     * @param longBase the base currency of a long file's quotes (a wide file's is {@link #ECB_BASE} unless given)
     * @param wideBase the base of a wide file, null for the ECB's euro
     */
    public static List<Quote> read(Path file, Currency longBase, Currency wideBase) throws IOException {
        try (CsvReader reader = CsvFiles.open(file, CsvFormat.CANONICAL)) {
            if (!reader.hasNext()) {
                throw InvalidInputException.of("problem.rates.empty", file.getFileName().toString());
            }
            List<String> header = trimmed(reader.next().fields());
            if (header.size() >= 3 && header.get(0).equalsIgnoreCase("date") && header.get(1).equalsIgnoreCase("currency")
                    && header.get(2).equalsIgnoreCase("rate")) {
                return readLong(reader, header.size(), longBase);
            }
            if (!header.isEmpty() && header.get(0).equalsIgnoreCase("date")) {
                return readWide(reader, header, wideBase == null ? ECB_BASE : wideBase);
            }
            throw InvalidInputException.of("problem.rates.header", String.join(",", header));
        }
    }

    private static List<Quote> readLong(CsvReader reader, int columns, Currency base) {
        List<Quote> quotes = new ArrayList<>();
        while (reader.hasNext()) {
            CsvRecord record = next(reader);
            if (record.isBlank()) {
                continue;
            }
            List<String> fields = trimmed(record.fields());
            // More fields than the header names: most likely a decimal comma (1,27) split into two.
            if (fields.size() < 3 || fields.size() > columns) {
                throw InvalidInputException.of("problem.rates.columns", record.line(), String.join(",", fields));
            }
            Currency currency = currency(record.line(), fields.get(1));
            BigDecimal rate = rate(record.line(), fields.get(2));
            if (rate != null && !currency.equals(base)) {
                quotes.add(new Quote(date(record.line(), fields.get(0)), base, currency, rate));
            }
        }
        return quotes;
    }

    private static List<Quote> readWide(CsvReader reader, List<String> header, Currency base) {
        List<Currency> currencies = new ArrayList<>();
        for (String code : header.subList(1, header.size())) {
            // The ECB's lines end with a comma: an empty last column.
            currencies.add(code.isEmpty() ? null : currency(1, code));
        }
        List<Quote> quotes = new ArrayList<>();
        while (reader.hasNext()) {
            CsvRecord record = next(reader);
            if (record.isBlank()) {
                continue;
            }
            List<String> fields = trimmed(record.fields());
            LocalDate date = date(record.line(), fields.get(0));
            for (int i = 1; i < fields.size() && i <= currencies.size(); i++) {
                Currency currency = currencies.get(i - 1);
                BigDecimal rate = rate(record.line(), fields.get(i));
                if (currency != null && rate != null && !currency.equals(base)) {
                    quotes.add(new Quote(date, base, currency, rate));
                }
            }
        }
        return quotes;
    }

    private static CsvRecord next(CsvReader reader) {
        CsvRecord record = reader.next();
        if (record.problem() != null) {
            throw new InvalidInputException(record.problem());
        }
        return record;
    }

    private static LocalDate date(long line, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("problem.rates.date", line, text);
        }
    }

    private static Currency currency(long line, String code) {
        try {
            return ForeignAmount.currency(code);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("problem.rates.currency", line, code);
        }
    }

    /** The rate, or null where the file says there was none that day ({@code N/A}, or an empty cell). */
    private static BigDecimal rate(long line, String text) {
        if (text.isEmpty() || text.equalsIgnoreCase("N/A")) {
            return null;
        }
        try {
            BigDecimal rate = new BigDecimal(text);
            if (rate.signum() > 0 && rate.stripTrailingZeros().scale() <= ForeignAmount.RATE_SCALE
                    && rate.precision() - rate.scale() <= 12) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidInputException.of("problem.rates.rate", line, text);
    }

    private static List<String> trimmed(List<String> fields) {
        return fields.stream().map(field -> field == null ? "" : field.strip()).toList();
    }
}
