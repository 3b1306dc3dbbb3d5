package app.outlay.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The money a CSV file holds, read as the import reads it: what goes out, what comes in, and the first amounts as
 * they will be saved. The wizard's check step shows it, so a file read wrongly (1.000 as one euro) shows before it
 * is imported. Rejected lines, and lines in another currency (which need the ledger's rates), are not counted.
 *
 * @param first the first {@value #FIRST} amounts, in file order (money out and in alike, without a sign)
 */
public record FileTotals(long outLines, BigDecimal out, long inLines, BigDecimal in, List<BigDecimal> first) {

    public static final int FIRST = 3;

    public FileTotals {
        first = List.copyOf(first);
    }

    public static FileTotals read(Path file, CsvFormat format, ColumnMapping mapping) throws IOException {
        LineInterpreter lines = new LineInterpreter(format, mapping);
        long outLines = 0;
        long inLines = 0;
        BigDecimal out = BigDecimal.ZERO;
        BigDecimal in = BigDecimal.ZERO;
        List<BigDecimal> first = new ArrayList<>();
        try (CsvReader reader = CsvFiles.open(file, format)) {
            if (format.header() && reader.hasNext()) {
                lines.withHeader(reader.next().fields());
            }
            while (reader.hasNext()) {
                StatementLine line = lines.interpret(reader.next());
                if (line instanceof StatementLine.Spending spending && spending.paid() == null) {
                    outLines++;
                    out = out.add(spending.amount());
                    add(first, spending.amount());
                } else if (line instanceof StatementLine.Incoming incoming && incoming.paid() == null) {
                    inLines++;
                    in = in.add(incoming.amount());
                    add(first, incoming.amount());
                }
            }
        }
        return new FileTotals(outLines, out, inLines, in, first);
    }

    private static void add(List<BigDecimal> first, BigDecimal amount) {
        if (first.size() < FIRST) {
            first.add(amount);
        }
    }
}
