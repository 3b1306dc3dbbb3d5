package app.outlay.cli;

import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ForeignAmount;
import app.outlay.service.ledger.LedgerConversion;
import app.outlay.service.ledger.LedgerService;
import app.outlay.text.UserText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.Currency;

/** {@code outlay ledger currency [CODE] [--convert [--yes]]}: the ledger's currency, and converting it (issue 22). */
@Command(name = "ledger", description = "The ledger as a whole: its currency.", subcommands = {LedgerCommand.CurrencyCommand.class})
final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: currency");
    }

    @Command(name = "currency", description = {"Without CODE: the ledger's currency. With CODE: make it the ledger's; refused"
            + " while entries in other currencies exist, unless --convert.",
            "--convert shows what converting every entry with the rate table would do (entries, rates, the first day"
                    + " without a rate) and changes nothing; with --yes it converts, all at once or not at all."})
    static final class CurrencyCommand implements Runnable {
        private final CliEnvironment env;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", description = "An ISO 4217 code, e.g. USD.")
        String code;

        @Option(names = "--convert", description = "Convert every entry's amount in the ledger's currency with the rate table.")
        boolean convert;

        @Option(names = "--yes", description = "With --convert: do it, after showing what it does.")
        boolean yes;

        CurrencyCommand(CliEnvironment env) {
            this.env = env;
        }

        @Override
        public void run() {
            if (code == null && (convert || yes)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--convert needs the currency to convert to (CODE)");
            }
            try (Database database = env.named(Database.open(env.databaseSettings()))) {
                DatabaseHolder holder = new DatabaseHolder(database);
                LedgerService ledger = new LedgerService(holder);
                if (code == null) {
                    env.out().println(ledger.chosenCurrency().map(Currency::getCurrencyCode).orElse("none chosen yet"));
                    return;
                }
                Currency target = ForeignAmount.currency(code);
                if (!convert) {
                    env.out().println("The ledger's currency is " + ledger.setCurrency(target).getCurrencyCode() + ".");
                    return;
                }
                LedgerConversion conversion = new LedgerConversion(holder);
                LedgerConversion.Preview preview = conversion.preview(target, LocalDate.now());
                for (UserText line : preview.lines()) {
                    env.out().println(line.english());
                }
                if (!preview.possible()) {
                    throw new CommandFailure("Nothing was converted: the rate table has no rate for " + preview.missingCurrency()
                            + " on or before " + preview.missingOn() + ".", null);
                }
                if (!yes) {
                    env.out().println("Nothing changed yet: run again with --yes to convert.");
                    return;
                }
                LedgerConversion.Preview done = conversion.convert(target, LocalDate.now());
                env.out().println(UserText.of("ledger.converted", done.entries(), target.getCurrencyCode()).english());
            }
        }
    }
}
