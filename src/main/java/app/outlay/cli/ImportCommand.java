package app.outlay.cli;

import app.outlay.bankfiles.AmbiguousDatesException;
import app.outlay.bankfiles.BankFileChoice;
import app.outlay.bankfiles.BankFileException;
import app.outlay.bankfiles.BankFiles;
import app.outlay.bankfiles.BankFormat;
import app.outlay.bankfiles.QifDates;
import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvDetector;
import app.outlay.csv.CsvFormat;
import app.outlay.csv.Detection;
import app.outlay.csv.ImportProfile;
import app.outlay.csv.ImportProfiles;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.rules.AutoFill;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.importing.MoneyIn;
import app.outlay.service.rules.RuleService;
import app.outlay.text.UserText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code outlay import FILE}: detects the file's format (or takes it from a saved profile or the options), checks
 * every line, then imports all of it or nothing.
 */
@Command(name = "import", description = "Import expenses (and, with --money-in, refunds and income) from a CSV, OFX/QFX, QIF, "
        + "CAMT.053 or MT940 file: every line, or nothing at all.")
final class ImportCommand implements Callable<Integer> {

    private final CliEnvironment env;
    private final PrintWriter err;

    @Parameters(index = "0", paramLabel = "FILE", description = "Your bank's export (CSV, OFX/QFX, QIF, CAMT.053 or MT940) or Outlay's own CSV.")
    Path file;

    @Option(names = "--format", paramLabel = "csv|ofx|qif|camt053|mt940",
            description = "What kind of file it is. Detected from its content by default.")
    String fileFormat;

    @Option(names = "--date-order", paramLabel = "month-first|day-first",
            description = "QIF: whether dates like 03/04/2026 have the month or the day first. Detected when the file shows it.")
    String dateOrder;

    @Option(names = "--dry-run", description = "Check every line and report what would happen; write nothing.")
    boolean dryRun;

    @Option(names = "--delimiter", paramLabel = "C", description = "Field delimiter: , ; tab or |. Detected by default.")
    String delimiter;

    @Option(names = "--decimal-comma", description = "Amounts are written 1.234,56 (detected by default).")
    boolean decimalComma;

    @Option(names = "--decimal-point", description = "Amounts are written 1,234.56 (detected by default).")
    boolean decimalPoint;

    @Option(names = "--date-format", paramLabel = "P", description = "Date pattern, e.g. dd.MM.yyyy or MM/dd/yyyy. Detected by default.")
    String dateFormat;

    @Option(names = "--encoding", paramLabel = "E", converter = EncodingOption.class,
            description = "Any encoding Java knows: UTF-8, UTF-16, windows-1250, windows-1252, ISO-8859-2… Detected by default.")
    Charset encoding;

    @Option(names = "--map", paramLabel = "FIELD=COL,…",
            description = "Which column holds what: date, description, amount (or debit, credit), direction (an S/H or D/C "
                    + "column beside an unsigned amount), category, notes. "
                    + "COL is the header name or the 1-based column number, e.g. --map date=Datum,amount=4")
    String map;

    @Option(names = "--expenses-are", paramLabel = "negative|positive",
            description = "Which sign of a single amount column is money going out. Detected by default.")
    String expensesAre;

    @Option(names = "--keep-duplicates", description = "Import lines that the ledger already has, too.")
    boolean keepDuplicates;

    @Option(names = "--skip-lines", split = ",", paramLabel = "N", description = "Line numbers to leave out, e.g. a total line: --skip-lines 41")
    Set<Long> skipLines = Set.of();

    @Option(names = "--money-in", paramLabel = "skip|refund|income|auto", defaultValue = "skip", converter = MoneyInOption.class,
            description = "Lines of money coming in (by their sign): leave them out (skip, the default), import them as "
                    + "refunds or as income, or auto: a refund in the category of a matching purchase of the last 90 days "
                    + "(same payee), otherwise income. Lines of Outlay's own export keep the kind they state.")
    MoneyIn moneyIn;
    @Option(names = "--no-rules", description = "Import the lines as they are: no rules of the ledger and no categories learned "
            + "from its history (see 'outlay rules').")
    boolean noRules;

    @Option(names = "--profile", paramLabel = "NAME", description = "Use a saved import profile (one saved for files with this header is used by itself).")
    String profileName;

    ImportCommand(CliEnvironment env) {
        this.env = env;
        this.err = env.err();
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            return fail(file + ": no such file");
        }
        BankFormat kind = fileFormat == null ? BankFiles.detect(file) : BankFormat.ofOption(fileFormat);
        if (kind == null) {
            throw new IllegalArgumentException("--format: csv, ofx, qif, camt053 or mt940, not '" + fileFormat + "'");
        }
        if (kind.structured()) {
            return importBankFile(kind);
        }
        Detection detection = CsvDetector.detect(file);
        if (!detection.ok()) {
            return fail(file + ": " + detection.problem());
        }
        ImportProfiles profiles = new ImportProfiles(env.paths().settingsDir());
        ImportProfile profile = profileName != null
                ? profiles.find(profileName).orElseThrow(() -> new IllegalArgumentException(
                        "There is no import profile named '" + profileName + "' in " + profiles.folder()))
                : profiles.forHeader(detection.headerSignature()).orElse(null);
        // Where the header is (after a preamble of account details) is the file's, not the profile's.
        CsvFormat format = profile != null ? profile.format().withFirstLine(detection.format().firstLine()) : detection.format();
        ColumnMapping mapping = profile != null ? profile.mapping() : detection.mapping();
        if (profile != null) {
            env.out().println("Using the import profile '" + profile.name() + "'.");
            format = format.withEncoding(encodingFor(profile, detection));
        }
        format = applyOptions(format);
        if (encoding == null && detection.scan().note() != null) {
            err.println("outlay: " + detection.scan().note().english());
        }
        List<String> header = detection.header();
        if (!format.equals(detection.format())) {
            Detection again = CsvDetector.reread(file, detection.scan(), format, mapping);
            if (again.problem() != null) {
                return fail(file + ": " + again.problem());
            }
            header = again.header();
        }
        if (map != null) {
            mapping = ColumnMapping.parse(map, header, mapping);
        }
        if (mapping.problem() != null) {
            return fail(file + ": " + mapping.problem() + " Use --map, e.g. --map date=1,description=2,amount=3"
                    + (header == null ? "" : " (columns: " + ColumnMapping.listed(header) + ")"));
        }
        ImportRequest request = new ImportRequest(file, format, mapping, keepDuplicates, skipLines,
                profile != null ? profile.categoryMap() : Map.of(), profile != null ? profile.rules() : List.of())
                .withMoneyIn(moneyIn);
        return run(request);
    }

    /** OFX/QFX, QIF, CAMT.053 or MT940: no CSV settings apply; a file that cannot be read whole imports nothing. */
    private int importBankFile(BankFormat kind) {
        if (delimiter != null || decimalComma || decimalPoint || dateFormat != null || encoding != null || map != null
                || expensesAre != null || profileName != null) {
            throw new IllegalArgumentException("--delimiter, --decimal-comma/-point, --date-format, --encoding, --map,"
                    + " --expenses-are and --profile are for CSV files; this is " + kind.option());
        }
        QifDates.Order order = switch (dateOrder == null ? "" : dateOrder.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "" -> QifDates.Order.AUTO;
            case "month-first" -> QifDates.Order.MONTH_FIRST;
            case "day-first" -> QifDates.Order.DAY_FIRST;
            default -> throw new IllegalArgumentException("--date-order: month-first or day-first, not '" + dateOrder + "'");
        };
        ImportRequest request = ImportRequest.ofBankFile(file, new BankFileChoice(kind, order))
                .keepingDuplicates(keepDuplicates).skipping(skipLines).withMoneyIn(moneyIn);
        try {
            return run(request);
        } catch (AmbiguousDatesException ambiguous) {
            return fail(file + ": " + ambiguous.getMessage() + " Give --date-order month-first or day-first.");
        } catch (BankFileException refused) {
            return fail(file + " (" + kind.option() + "): " + refused.getMessage());
        }
    }

    private int run(ImportRequest request) {
        try (Database database = env.named(Database.open(env.databaseSettings()))) {
            ImportService imports = new ImportService(new DatabaseHolder(database));
            AutoFill autoFill = noRules ? AutoFill.none() : new RuleService(new DatabaseHolder(database)).autoFill();
            ImportReport report = dryRun
                    ? imports.check(request, autoFill, rejected -> err.println(rejected))
                    : imports.importFile(request, autoFill, rejected -> err.println(rejected));
            autoFill.stopped().forEach(rule -> err.println("outlay: " + UserText.of("problem.rules.runaway", rule).english()));
            if (!report.acceptable()) {
                String lines = report.rejected().stream().limit(20).map(r -> String.valueOf(r.line())).collect(Collectors.joining(","));
                return fail(file + ": " + report.rejectedCount() + " line" + (report.rejectedCount() == 1 ? "" : "s")
                        + " cannot be imported, so nothing was imported. Fix the options, or leave them out with --skip-lines " + lines);
            }
            if (dryRun) {
                env.out().println("dry run, nothing written: would have " + report.summary());
            } else {
                env.out().println(report.summary());
            }
            if (!report.newCategories().isEmpty()) {
                env.out().println((dryRun ? "would create categories: " : "created categories: ")
                        + String.join(", ", report.newCategories()));
            }
            if (report.acceptable() && autoFill.byRule() + autoFill.bySuggestion() > 0) {
                env.out().println("filled in by rules: " + autoFill.byRule() + ", categories suggested by your history: "
                        + autoFill.bySuggestion());
            }
            if (report.keptDuplicates() > 0) {
                env.out().println("kept " + report.keptDuplicates() + " lines that were already in the ledger");
            }
            if (report.skippedLines() > 0) {
                env.out().println("left out " + report.skippedLines() + " lines as asked");
            }
            return 0;
        }
    }

    /** The profile's encoding where the file's bytes allow it; otherwise the detected one, and a line saying why. */
    private Charset encodingFor(ImportProfile profile, Detection detection) {
        Charset saved = profile.format().encoding();
        UserText refused = detection.scan().refuses(saved);
        if (refused == null) {
            return saved;
        }
        Charset detected = detection.scan().charset();
        env.out().println(UserText.of("import.encoding.profileOverruled", profile.name(), saved.name(), detected.name(), refused).english());
        return detected;
    }

    private CsvFormat applyOptions(CsvFormat format) {
        if (encoding != null) {
            format = format.withEncoding(encoding);
        }
        if (delimiter != null) {
            Character c = CsvFormat.parseChar(delimiter);
            if (c == null) {
                throw new IllegalArgumentException("--delimiter: give a character, such as ; or tab");
            }
            format = format.withDelimiter(c);
        }
        if (decimalComma && decimalPoint) {
            throw new IllegalArgumentException("--decimal-comma and --decimal-point: choose one");
        }
        if (decimalComma) {
            format = format.withDecimal(',').withThousands('.');
        } else if (decimalPoint) {
            format = format.withDecimal('.').withThousands(',');
        }
        if (dateFormat != null) {
            format = format.withDateFormat(dateFormat);
        }
        if (expensesAre != null) {
            format = switch (expensesAre.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "negative" -> format.withSign(CsvFormat.AmountSign.NEGATIVE_IS_EXPENSE);
                case "positive" -> format.withSign(CsvFormat.AmountSign.POSITIVE_IS_EXPENSE);
                default -> throw new IllegalArgumentException("--expenses-are: negative or positive, not '" + expensesAre + "'");
            };
        }
        return format;
    }

    /** Reads skip, refund, income or auto (any case); anything else is a usage error (exit 2) that lists them. */
    static final class MoneyInOption implements picocli.CommandLine.ITypeConverter<MoneyIn> {
        @Override
        public MoneyIn convert(String value) {
            return MoneyIn.ofKey(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not one of skip, refund, income, auto"));
        }
    }

    private int fail(String reason) {
        err.println("outlay: " + reason);
        err.flush();
        return 1;
    }
}
