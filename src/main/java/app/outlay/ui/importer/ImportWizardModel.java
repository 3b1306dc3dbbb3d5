package app.outlay.ui.importer;

import app.outlay.bankfiles.AmbiguousDatesException;
import app.outlay.bankfiles.BankFileChoice;
import app.outlay.bankfiles.BankFiles;
import app.outlay.bankfiles.BankFormat;
import app.outlay.bankfiles.QifDates;
import app.outlay.text.Explained;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import app.outlay.csv.CategoryRule;
import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvDetector;
import app.outlay.csv.CsvFormat;
import app.outlay.csv.Detection;
import app.outlay.csv.ImportProfile;
import app.outlay.csv.FileTotals;
import app.outlay.csv.ImportProfiles;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.MoneyIn;
import app.outlay.service.importing.ImportService;
import app.outlay.ui.common.LatestAnswer;
import app.outlay.rules.AutoFill;
import app.outlay.service.rules.RuleService;
import app.outlay.csv.StatementLine;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The import wizard's state: the file, how it is written and mapped (detected, then changed by the user), the last
 * check of every line and the user's decisions. Service calls run on the background worker; results come back on
 * the FX thread. Reading the file's first 64 KiB for the preview is quick and happens directly.
 */
public final class ImportWizardModel {

    private final Path file;
    private final ImportService imports;
    private final ImportProfiles profiles;
    private final TaskRunner tasks;

    private final Detection detected;
    private final ObjectProperty<CsvFormat> format = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Detection> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FileTotals> totals = new ReadOnlyObjectWrapper<>();
    /** The last check without skipped lines: its rejected lines are the ones the user may choose to skip. */
    private final ReadOnlyObjectWrapper<ImportReport> unskippedReport = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty keepDuplicates = new SimpleBooleanProperty();
    private final BooleanProperty skipRejected = new SimpleBooleanProperty();
    private final ObservableMap<String, String> categoryMap = FXCollections.observableHashMap();
    private final ObjectProperty<List<CategoryRule>> rules = new SimpleObjectProperty<>(List.of());
    /** Money coming in: the choice for every line (the wizard suggests per line by default), and the user's per line. */
    private final ObjectProperty<MoneyIn> moneyIn = new SimpleObjectProperty<>(MoneyIn.AUTO);
    private final ObservableMap<Long, MoneyIn> moneyInLines = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Why the file is read in the encoding shown, when the user should know: a profile's encoding overruled, bad bytes. */
    private final ReadOnlyObjectWrapper<UserText> encodingNote = new ReadOnlyObjectWrapper<>();
    private ImportProfile matchedProfile;
    /** The ledger's rules and learning, for the preview's "which rule matched" (FX thread only); none until loaded. */
    private final ReadOnlyObjectWrapper<AutoFill> autoFill = new ReadOnlyObjectWrapper<>(AutoFill.none());
    private RuleService ruleService;
    private final LatestAnswer checks = new LatestAnswer();
    /** How to read a structured bank file (OFX, QIF, CAMT.053, MT940); null for CSV. */
    private BankFileChoice bankFile;
    private final ReadOnlyObjectWrapper<List<ImportService.PreviewLine>> bankPreview = new ReadOnlyObjectWrapper<>();
    /** Why the bank file cannot be read as it is, or null. */
    private final ReadOnlyObjectWrapper<UserText> bankProblem = new ReadOnlyObjectWrapper<>();
    /** True when a QIF file's dates fit both orders and the user must say which. */
    private final ReadOnlyBooleanWrapper askDateOrder = new ReadOnlyBooleanWrapper();

    public ImportWizardModel(Path file, ImportService imports, ImportProfiles profiles, TaskRunner tasks) {
        this.file = file;
        this.imports = imports;
        this.profiles = profiles;
        this.tasks = tasks;
        BankFormat kind = read(() -> BankFiles.detect(file));
        this.bankFile = kind.structured() ? BankFileChoice.of(kind) : null;
        this.detected = read(() -> CsvDetector.detect(file));
        format.set(detected.format());
        mapping.set(detected.mapping());
        preview.set(detected);
        if (detected.ok() && bankFile == null) {
            encodingNote.set(detected.scan().note());
            matchedProfile = profiles.forHeader(detected.headerSignature()).orElse(null);
            if (matchedProfile != null) {
                apply(matchedProfile);
            }
        }
    }

    private interface FileRead<T> {
        T read() throws IOException;
    }

    private <T> T read(FileRead<T> read) {
        try {
            return read.read();
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unreadable", file.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Takes a saved profile's format, mapping, rules and category choices. Its encoding only where the file's bytes
     * are valid in it and nothing surer says otherwise; else the detected one, with a note saying why.
     */
    public void apply(ImportProfile profile) {
        Charset saved = profile.format().encoding();
        UserText refused = detected.scan().refuses(saved);
        Charset encoding = refused == null ? saved : detected.scan().charset();
        encodingNote.set(refused == null ? detected.scan().note()
                : UserText.of("import.encoding.profileOverruled", profile.name(), saved.name(), encoding.name(), refused));
        // Where the header is (after a preamble of account details) is the file's, not the profile's.
        format.set(profile.format().withEncoding(encoding).withFirstLine(detected.format().firstLine()));
        mapping.set(profile.mapping());
        rules.set(profile.rules());
        categoryMap.clear();
        categoryMap.putAll(profile.categoryMap());
        moneyIn.set(MoneyIn.ofKey(profile.moneyIn()).orElse(MoneyIn.AUTO));
        moneyInLines.clear();
        reread();
    }

    /** Reads the preview again after the format changed. */
    public void reread() {
        Detection again = read(() -> CsvDetector.reread(file, detected.scan(), format.get(), mapping.get()));
        preview.set(again);
    }

    public void setFormat(CsvFormat newFormat) {
        boolean layoutChanged = !newFormat.encoding().equals(format.get().encoding())
                || newFormat.delimiter() != format.get().delimiter() || newFormat.header() != format.get().header();
        if (!newFormat.encoding().equals(format.get().encoding())) {
            encodingNote.set(null); // the user chose the encoding: what was said about the earlier one no longer applies
        }
        format.set(newFormat);
        if (layoutChanged) {
            reread();
        }
    }

    public ImportRequest request() {
        ImportReport base = unskippedReport.get();
        Set<Long> skip = new LinkedHashSet<>();
        if (skipRejected.get() && base != null) {
            base.rejected().forEach(r -> skip.add(r.line()));
        }
        return new ImportRequest(file, format.get(), mapping.get(), keepDuplicates.get(), skip, categoryMap, rules.get(),
                moneyIn.get(), moneyInLines, bankFile);
    }

    /** How the bank file is read; empty for a CSV file. */
    public Optional<BankFileChoice> bankFile() {
        return Optional.ofNullable(bankFile);
    }

    /** Reads the bank file's lines for the preview in the background; a file that cannot be read sets the problem. */
    public void previewBankFile() {
        ImportRequest request = request();
        busy.set(true);
        tasks.run(() -> imports.preview(request, autoFillForWork()), checks.ask().ifLatest(lines -> {
            busy.set(false);
            bankProblem.set(null);
            bankPreview.set(lines);
        }), failure -> {
            busy.set(false);
            bankPreview.set(null);
            askDateOrder.set(askDateOrder.get() || failure instanceof AmbiguousDatesException);
            bankProblem.set(failure instanceof Explained explained ? explained.explanation()
                    : UserText.of("problem.file.unreadable", file.toString(), String.valueOf(failure.getMessage())));
        });
    }

    /** The user's answer to "month or day first?" for a QIF file; reads the preview again. */
    public void setDateOrder(QifDates.Order order) {
        bankFile = bankFile.withDates(order);
        previewBankFile();
    }

    public ReadOnlyObjectProperty<List<ImportService.PreviewLine>> bankPreviewProperty() {
        return bankPreview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserText> bankProblemProperty() {
        return bankProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty askDateOrderProperty() {
        return askDateOrder.getReadOnlyProperty();
    }

    /** Checks every line in the background; an answer to an older check than the newest is dropped. */
    public void check(Consumer<ImportReport> afterwards, Consumer<Throwable> onFailure) {
        ImportRequest request = request();
        boolean skipping = !request.skipLines().isEmpty();
        busy.set(true);
        tasks.run(() -> {
            ImportReport checked = imports.check(request, autoFillForWork(), rejected -> { });
            // The amounts as they will be saved and the file's total, for the check step (CSV only).
            FileTotals sums = request.bankFile() != null || request.mapping().problem() != null ? null
                    : FileTotals.read(request.file(), request.format(), request.mapping());
            return new Checked(checked, sums);
        }, checks.ask().ifLatest((Checked both) -> {
            ImportReport result = both.report();
            busy.set(false);
            if (!skipping) {
                unskippedReport.set(result);
            }
            totals.set(both.totals());
            report.set(result);
            afterwards.accept(result);
        }), failure -> {
            busy.set(false);
            onFailure.accept(failure);
        });
    }

    private record Checked(ImportReport report, FileTotals totals) {
    }

    /** The file's amounts as the last check read them (null for a bank file, or before a check). */
    public ReadOnlyObjectProperty<FileTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** Imports in the background; {@code onDone} gets the report (committed, or the lines that stood in the way). */
    public void runImport(Consumer<ImportReport> onDone, Consumer<Throwable> onFailure) {
        ImportRequest request = request();
        busy.set(true);
        tasks.run(() -> imports.importFile(request, autoFillForWork(), rejected -> { }), result -> {
            busy.set(false);
            report.set(result);
            onDone.accept(result);
        }, failure -> {
            busy.set(false);
            onFailure.accept(failure);
        });
    }

    /** Saves the current settings as a profile for files with this header. */
    public Path saveProfile(String name) {
        Detection current = preview.get();
        return profiles.save(new ImportProfile(name, current.headerSignature(), format.get(), mapping.get(),
                rules.get(), new java.util.HashMap<>(categoryMap), moneyIn.get().key()));
    }

    /** Reads rules written one per line as {@code text => category}; returns the lines that do not read. */
    public List<String> setRules(String text) {
        List<CategoryRule> parsed = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int arrow = line.indexOf("=>");
            if (arrow < 0) {
                bad.add(line.strip());
                continue;
            }
            try {
                parsed.add(new CategoryRule(line.substring(0, arrow), line.substring(arrow + 2)));
            } catch (IllegalArgumentException e) {
                bad.add(line.strip());
            }
        }
        rules.set(List.copyOf(parsed));
        return bad;
    }

    public static String rulesText(List<CategoryRule> rules) {
        StringBuilder text = new StringBuilder();
        rules.forEach(r -> text.append(r.contains()).append(" => ").append(r.category()).append('\n'));
        return text.toString();
    }

    public Path file() {
        return file;
    }

    public Detection detected() {
        return detected;
    }

    public Optional<ImportProfile> matchedProfile() {
        return Optional.ofNullable(matchedProfile);
    }

    public List<ImportProfile> profiles() {
        return profiles.list();
    }

    public ObjectProperty<CsvFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ReadOnlyObjectProperty<Detection> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> unskippedReportProperty() {
        return unskippedReport.getReadOnlyProperty();
    }

    /** What becomes of money coming in (auto: a suggestion per line); a saved profile remembers it. */
    public ObjectProperty<MoneyIn> moneyInProperty() {
        return moneyIn;
    }

    /** The user's choice for single lines of money coming in (by line number), over {@link #moneyInProperty()}. */
    public ObservableMap<Long, MoneyIn> moneyInLines() {
        return moneyInLines;
    }

    public BooleanProperty keepDuplicatesProperty() {
        return keepDuplicates;
    }

    public BooleanProperty skipRejectedProperty() {
        return skipRejected;
    }

    public ObservableMap<String, String> categoryMap() {
        return categoryMap;
    }

    /**
     * Lets the ledger's rules and learned suggestions fill lines in (as {@code outlay import} does) and loads them
     * for the preview.
     */
    public void useRules(RuleService rules) {
        this.ruleService = rules;
        // Unreadable rules only leave the preview without them: the check and the import read them again and say why.
        tasks.run(rules::autoFill, autoFill::set, failure -> autoFill.set(AutoFill.none()));
    }

    /** A fresh one for each check or import on the worker (an AutoFill is used by one thread). */
    private AutoFill autoFillForWork() {
        return ruleService == null ? AutoFill.none() : ruleService.autoFill();
    }

    /** What the rules or the learning fill in for a line of the preview, or null. */
    public AutoFill.Filled filled(StatementLine.Spending line) {
        boolean hasCategory = line.category() != null || CategoryRule.apply(rules.get(), line.description()) != null;
        return autoFill.get().fill(line.description(), line.amount(), null, hasCategory);
    }

    public ReadOnlyObjectProperty<AutoFill> autoFillProperty() {
        return autoFill.getReadOnlyProperty();
    }

    public ObjectProperty<List<CategoryRule>> rulesProperty() {
        return rules;
    }

    public ReadOnlyObjectProperty<UserText> encodingNoteProperty() {
        return encodingNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
