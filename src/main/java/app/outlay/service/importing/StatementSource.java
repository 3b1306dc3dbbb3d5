package app.outlay.service.importing;

import app.outlay.bankfiles.BankFiles;
import app.outlay.bankfiles.BankImportLines;
import app.outlay.bankfiles.BankStatement;
import app.outlay.text.Texts;
import app.outlay.csv.CsvFiles;
import app.outlay.csv.CsvReader;
import app.outlay.csv.CsvRecord;
import app.outlay.csv.LineInterpreter;
import app.outlay.csv.StatementLine;

import java.io.IOException;
import java.util.Currency;
import java.util.Iterator;

/**
 * The lines of the file an import reads, one at a time, whatever its format: a CSV file streamed through its
 * mapping, or a structured bank file (read whole by {@link BankFiles}, which refuses a damaged one before any line is
 * used), with the bank's transaction id of each line where the file has one.
 */
abstract class StatementSource implements AutoCloseable {

    abstract boolean hasNext() throws IOException;

    abstract StatementLine next() throws IOException;

    /** The bank's id of the line last returned by {@link #next()}, or null. */
    abstract String bankId();

    /** Entries the file lists that the import leaves out by what the file says ({@link BankStatement}); none for CSV. */
    BankStatement leftOut() {
        return BankStatement.NOTHING_LEFT_OUT;
    }

    @Override
    public abstract void close() throws IOException;

    /**
     * The source for {@code request}; {@code ledger} is the ledger's currency (null when none is chosen yet), {@code rates}
     * the rate table for lines in another currency without their ledger amount.
     */
    static StatementSource open(ImportRequest request, Currency ledger, LineInterpreter.RateLookup rates) throws IOException {
        return open(request, ledger, rates, Texts.english());
    }

    /** As above; {@code notesIn}: the language of the notes a bank file's lines get (the ledger's). */
    static StatementSource open(ImportRequest request, Currency ledger, LineInterpreter.RateLookup rates, Texts notesIn)
            throws IOException {
        if (request.bankFile() != null) {
            BankStatement statement = BankFiles.statement(request.file(), request.bankFile().format(), request.bankFile().dates());
            return new BankSource(BankImportLines.of(statement.transactions(), ledger, rates, notesIn).iterator(), statement);
        }
        CsvReader reader = CsvFiles.open(request.file(), request.format());
        CsvRecord header = request.format().header() && reader.hasNext() ? reader.next() : null;
        return new CsvSource(reader, new LineInterpreter(request.format(), request.mapping(), request.importsMoneyIn())
                .withCurrencies(ledger, rates).withHeader(header == null ? null : header.fields()));
    }

    private static final class CsvSource extends StatementSource {
        private final CsvReader reader;
        private final LineInterpreter interpreter;

        CsvSource(CsvReader reader, LineInterpreter interpreter) {
            this.reader = reader;
            this.interpreter = interpreter;
        }

        @Override
        boolean hasNext() throws IOException {
            return reader.hasNext();
        }

        @Override
        StatementLine next() throws IOException {
            return interpreter.interpret(reader.next());
        }

        @Override
        String bankId() {
            return null;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    private static final class BankSource extends StatementSource {
        private final Iterator<BankImportLines.Line> lines;
        private final BankStatement statement;
        private String bankId;

        BankSource(Iterator<BankImportLines.Line> lines, BankStatement statement) {
            this.lines = lines;
            this.statement = statement;
        }

        @Override
        BankStatement leftOut() {
            return statement;
        }

        @Override
        boolean hasNext() {
            return lines.hasNext();
        }

        @Override
        StatementLine next() {
            BankImportLines.Line line = lines.next();
            bankId = line.bankId();
            return line.line();
        }

        @Override
        String bankId() {
            return bankId;
        }

        @Override
        public void close() {
            // read whole: nothing held open
        }
    }
}
