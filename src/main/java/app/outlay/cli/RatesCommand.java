package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ForeignAmount;
import app.outlay.domain.MoneyFormat;
import app.outlay.rates.Quote;
import app.outlay.rates.RateFile;
import app.outlay.service.ledger.LedgerService;
import app.outlay.service.rates.RateService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

/** {@code outlay rates import|list}: the rate table that converts entries in other currencies (issue 22). */
@Command(name = "rates", description = "Exchange rates for entries in other currencies: import a file, list what is stored.",
        subcommands = {RatesCommand.Import.class, RatesCommand.ListRates.class})
final class RatesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: import or list");
    }

    @Command(name = "import", description = "Store the rates of a CSV file: date,currency,rate (units of currency per one"
            + " unit of the base), or the ECB's eurofxref-hist.csv (Date,USD,JPY,...). A day already stored is replaced.")
    static final class Import implements Runnable {
        private final CliEnvironment env;

        @Parameters(index = "0", paramLabel = "FILE", description = "The rates file (.csv).")
        Path file;

        @Option(names = "--base", paramLabel = "CODE", description = "The currency the rates are quoted per: for a"
                + " date,currency,rate file the ledger's currency unless given, for the ECB's file EUR.")
        String base;

        Import(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailure(file + ": no such file", null);
            }
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                DatabaseHolder holder = new DatabaseHolder(database);
                Currency given = base == null ? null : ForeignAmount.currency(base);
                Currency longBase = given != null ? given
                        : new LedgerService(holder).chosenCurrency().orElse(MoneyFormat.FALLBACK);
                List<Quote> quotes = RateFile.read(file, longBase, given);
                int stored = new RateService(holder).importQuotes(quotes);
                env.out().println("stored " + stored + (stored == 1 ? " rate" : " rates"));
            } catch (IOException e) {
                throw new CommandFailure(file + ": cannot read: " + e.getMessage(), null);
            }
        }
    }

    @Command(name = "list", description = "Each pair of currencies stored: base, currency, days, first and last day, last rate.")
    static final class ListRates implements Runnable {
        private final CliEnvironment env;

        ListRates(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                List<RateService.PairSummary> pairs = new RateService(new DatabaseHolder(database)).list();
                if (pairs.isEmpty()) {
                    env.out().println("No rates yet. Import a file with: outlay rates import FILE.csv");
                }
                for (RateService.PairSummary pair : pairs) {
                    env.out().println(String.format("1 %s = %s %s  %d days, %s to %s", pair.base(), pair.lastRate().toPlainString(),
                            pair.currency(), pair.days(), pair.first(), pair.last()));
                }
            }
        }
    }
}
