package app.outlay.service.ledger;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.category.CategoryService;
import app.outlay.service.category.DuplicateNameException;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.expense.ExpenseService;
import app.outlay.service.expense.ExpenseSummary;
import app.outlay.service.history.UndoService;
import app.outlay.service.importing.ImportReport;
import app.outlay.service.importing.ImportRequest;
import app.outlay.service.importing.ImportService;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.tag.TagTotal;
import app.outlay.service.tag.TagService;
import app.outlay.csv.ColumnMapping;
import app.outlay.csv.CsvFormat;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.Category;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.SplitPart;
import app.outlay.domain.Frequency;
import app.outlay.service.ledger.SoakModel.Entry;
import app.outlay.service.ledger.SoakModel.Group;
import app.outlay.settings.PgPassFile;
import app.outlay.settings.SettingsStore;
import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A long, seeded random run of what users do — add, edit, delete, undo, repeat, merge categories, create due
 * recurring expenses, import a bank file (sometimes with a bad line), switch to another database, tag expenses and
 * rename, merge and delete tags, split payments into parts, change the parts and unsplit them — checked against a
 * plain in-memory model ({@link SoakModel}): after EVERY step the database must hold exactly the model's count, total
 * (to the cent) and summed versions per category, the totals by category (which count a split payment's parts, not
 * the payment) must be the model's, the report by tag must show the model's totals per tag, and the list (at random
 * unfiltered, or filtered by one or two tags, any or all) the model's count and totals. A failure names the seed and step, so it can be replayed
 * ({@code -Doutlay.soak.seed=…}); {@code -Doutlay.soak.operations=…} runs longer.
 */
abstract class SoakContractTest {

    private static final Logger log = LoggerFactory.getLogger(SoakContractTest.class);

    private static final int OPERATIONS = Integer.getInteger("outlay.soak.operations", 10_000);
    private static final long SEED = Long.getLong("outlay.soak.seed", 20_261_124L);
    private static final String[] DESCRIPTIONS = {"Groceries", "Rent \"March\"", "Café ☕", "'; drop table expense; --",
            "קפה", "100% _wild_ %", "Bus 🚌", "Lunch, with friends"};
    private static final int SWITCH_EVERY = 1_000;
    /** The dice of a switch: no random step throws it. */
    private static final int SWITCH = 1_000;
    /** What a full-length run must have done at least once each, or it tested less than it claims. */
    private static final Set<String> EVERY_OUTCOME = Set.of("add", "add repeating", "edit", "delete", "delete several",
            "undo", "undo refused: changed since", "undo: nothing to undo", "import", "import refused", "create category",
            "merge", "create due", "switch database", "edit elsewhere", "create income category",
            "merge refused: income and spending", "tag", "rename tag", "rename tag refused: name taken", "merge tags",
            "delete tag", "split", "change parts", "unsplit", "edit and unsplit");
    /** Tag names the run gives expenses: lower case (a name is its own key), awkward characters included. */
    private static final String[] TAGS = {"rome", "work", "tax-deductible", "café ☕", "100% _wild_ %", "' or 1=1 --",
            "trip 2026", "קפה"};
    /** A period holding every entry of the run: the report by tag over it covers the whole ledger. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    @TempDir
    Path folder;

    private final SoakModel model = new SoakModel();
    private final Random random = new Random(SEED);
    /** Which filter the list is checked with after a step: dice of their own, so the steps do not depend on them. */
    private final Random checks = new Random(SEED + 1);
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private Database initial;
    private DatabaseHolder holder;
    private ExpenseService expenseService;
    private CategoryService categoryService;
    private RecurrenceService recurrenceService;
    private UndoService undoService;
    private ImportService importService;
    private TagService tagService;
    private int renamedTags;
    private DatabaseSwitcher switcher;
    private LocalDate today = LocalDate.of(2026, 1, 1);
    private int newCategories;
    private int switches;
    /** Rare, at random steps about {@link #SWITCH_EVERY} apart: opening a database takes most of a second. */
    private int nextSwitch = SWITCH_EVERY / 2 + random.nextInt(SWITCH_EVERY);
    private boolean lastWasUndo;
    private Long lastTouched;
    /** The check's connection and statement, kept while the database in use stays the same. */
    private Database checkedDatabase;
    private Connection checkConnection;
    private PreparedStatement check;
    private PreparedStatement checkParts;
    /** What the last {@link #stored()} read of the totals by category (parts counted), versions 0. */
    private Map<Long, Group> storedTotals;
    private PreparedStatement checkByTag;
    /** The kept totals per category, on the check connection. */
    private PreparedStatement checkKept;

    protected abstract Database database();

    /** Settings of a new, empty database of the same kind, to switch to. */
    protected abstract DatabaseSettings anotherDatabase(Path folder);

    /** Closes a database the run switched to and then away from (the app closes the one it leaves, too). */
    protected void discard(Database database) {
        database.close();
    }

    @AfterEach
    void closeWhatTheRunOpened() throws SQLException {
        closeCheck();
        if (holder != null && holder.get() != initial) {
            discard(holder.get());
        }
    }

    @Test
    void randomOperationsKeepTheDatabaseAndTheModelInAgreement() {
        initial = database();
        holder = TestDatabases.emptyLedger(initial);
        expenseService = new ExpenseService(holder);
        categoryService = new CategoryService(holder);
        recurrenceService = new RecurrenceService(holder);
        undoService = new UndoService(holder);
        importService = new ImportService(holder);
        tagService = new TagService(holder);
        switcher = new DatabaseSwitcher(holder, new SettingsStore(folder.resolve("settings.properties")),
                new PgPassFile(folder.resolve("pgpass")));
        categoryService.list().forEach(c -> model.categoryCreated(c.id(), c.name(), c.income()));

        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int step = 1; step <= OPERATIONS; step++) {
            int dice = random.nextInt(1000);
            if (step == nextSwitch) {
                dice = SWITCH;
            } else if (step == 1 || (lastWasUndo && random.nextInt(3) == 0)) {
                // The first step undoes on an empty ledger: nothing to undo. And Ctrl+Z is often pressed again.
                dice = 0;
            }
            String operation = "?";
            try {
                operation = step(dice);
                lastWasUndo = operation.startsWith("undo");
                outcomes.merge(operation, 1, Integer::sum);
                Map<Long, Group> stored = stored();
                if (!stored.equals(model.groups())) {
                    assertThat(stored).as("count, total, versions, spent and received per category").isEqualTo(model.groups());
                }
                if (!storedTotals.equals(model.totals())) {
                    assertThat(storedTotals).as("totals by category, split payments counted by their parts").isEqualTo(model.totals());
                }
                checkKeptTotals();
                checkTags(step);
            } catch (SQLException | RuntimeException | AssertionError e) {
                throw new AssertionError("Soak seed " + SEED + ", step " + step + " (" + operation + ") on "
                        + holder.get().displayName() + ": " + e.getMessage(), e);
            }
        }
        // The thread's CPU time too: on a busy machine it says more about the test's own cost than the wall clock.
        log.info("Soak on {}: {} operations, seed {}, in {} ms ({} ms CPU in the test's thread), {} expenses at the end: {}",
                holder.get().displayName(), OPERATIONS, SEED, (System.nanoTime() - started) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1_000_000, model.size(), outcomes);

        assertThat(model.groupsRecounted()).as("the model's running totals").isEqualTo(model.groups());
        assertThat(model.totalsRecounted()).as("the model's running totals by category, parts counted").isEqualTo(model.totals());
        assertThat(model.size()).as("the run did something").isGreaterThan(OPERATIONS / 10);
        if (OPERATIONS >= 5_000) {
            assertThat(outcomes.keySet()).as("a full run does everything at least once").containsAll(EVERY_OUTCOME);
        }
    }

    /** Does one random thing (dice: 0–999, or {@link #SWITCH}), mirrors it in the model, and says what it was. */
    private String step(int dice) throws SQLException {
        if (dice == SWITCH) {
            return switchDatabase();
        }
        if (dice < 80) {
            return undo();
        }
        if (dice < 150 && !model.isEmpty()) {
            return dice < 135 ? tag() : dice < 140 ? renameTag() : dice < 145 ? mergeTags() : deleteTag();
        }
        if (dice < 175 && !model.isEmpty()) {
            return split();
        }
        if (dice < 400 || model.isEmpty()) {
            add(Repeat.NEVER);
            return "add";
        } else if (dice < 430) {
            Frequency frequency = random.nextBoolean() ? Frequency.WEEKLY : Frequency.MONTHLY;
            // Bounded series: an endless weekly one would outgrow the run.
            add(new Repeat(frequency, today.plusDays(random.nextInt(180))));
            return "add repeating";
        } else if (dice < 630) {
            return edit();
        } else if (dice < 780) {
            long id = model.anyExpense(random);
            expenseService.delete(id);
            model.deleted(List.of(id));
            return "delete";
        } else if (dice < 850) {
            return deleteSeveral();
        } else if (dice < 880) {
            return importFile();
        } else if (dice < 910) {
            String name = "Soak " + (++newCategories);
            boolean income = random.nextInt(4) == 0;
            model.categoryCreated(categoryService.create(name, null, income).id(), name, income);
            return income ? "create income category" : "create category";
        } else if (dice < 930) {
            return merge();
        } else if (dice < 945) {
            return editElsewhere();
        } else {
            // As at start-up or midnight, a few days on.
            today = today.plusDays(random.nextInt(7));
            createDue();
            return "create due";
        }
    }

    /**
     * The report by tag (every tag an expense or refund carries, what they come to) and the list's count and totals
     * (net of refunds, income apart, as the service sums them), unfiltered or filtered by one or two of the tags the
     * report names, any or all of them — all as the model says.
     */
    private void checkTags(int step) throws SQLException {
        // The report's own service every 64th step; in between the same SQL on the kept check connection, which
        // costs a fraction of a session (as stored() does for the categories), so the run takes no longer.
        List<TagTotal> report = step % 64 == 0 ? tagService.totals(EARLIEST, LATEST) : storedByTag();
        Map<String, Map.Entry<Long, BigDecimal>> byTag = new HashMap<>();
        report.forEach(total -> byTag.put(total.tag(), Map.entry(total.expenses(), total.total())));
        Map<String, Map.Entry<Long, BigDecimal>> expectedByTag = model.tagTotals();
        if (!byTag.equals(expectedByTag)) {
            assertThat(byTag).as("count and spending per tag (the report by tag)").isEqualTo(expectedByTag);
        }
        ExpenseFilter filter = ExpenseFilter.all();
        Group expected = model.overall();
        // Half the steps unfiltered, as before tags; the other half by one tag, or by two with any or all.
        int dice = checks.nextInt(6);
        if (!report.isEmpty() && dice > 2) {
            TagTotal first = report.get(checks.nextInt(report.size()));
            TagTotal second = report.get(checks.nextInt(report.size()));
            boolean all = dice == 5;
            List<TagTotal> chosen = dice == 3 ? List.of(first) : List.of(first, second);
            filter = filter.withTags(chosen.stream().map(TagTotal::tagId).collect(Collectors.toSet()),
                    all ? ExpenseFilter.TagMatch.ALL : ExpenseFilter.TagMatch.ANY);
            expected = model.filteredByTags(chosen.stream().map(TagTotal::tag).collect(Collectors.toSet()), all);
        }
        ExpenseSummary summary = expenseService.summarize(filter);
        if (summary.count() != expected.count() || summary.spent().compareTo(expected.spent()) != 0
                || summary.received().compareTo(expected.received()) != 0) {
            assertThat(List.of(summary.count(), summary.spent(), summary.received(), summary.net()))
                    .as("count, spent, received and net of the list filtered by " + filter.tagIds() + " " + filter.tagMatch())
                    .isEqualTo(List.of(expected.count(), expected.spent(), expected.received(),
                            expected.received().subtract(expected.spent())));
        }
    }

    /** Gives an expense (often the one just touched) none to three tags, old or new: one undoable edit. */
    private String tag() {
        long id = lastTouched != null && model.contains(lastTouched) && random.nextInt(3) == 0 ? lastTouched : model.anyExpense(random);
        List<String> names = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            names.add(model.hasTags() && random.nextBoolean() ? model.anyTag(random) : TAGS[random.nextInt(TAGS.length)]);
        }
        List<String> saved = tagService.setTags(id, names);
        model.tagged(id, names);
        assertThat(saved).as("the tags saved").containsExactlyInAnyOrderElementsOf(model.tagsOf(id));
        lastTouched = id;
        return "tag";
    }

    /** Renames a tag; a name another tag has is refused and changes nothing. */
    private String renameTag() {
        if (!model.hasTags()) {
            return "rename tag (no tags)";
        }
        Map<String, Long> ids = tagIds();
        String old = model.anyTag(random);
        String taken = model.anyTag(random);
        if (!taken.equals(old) && random.nextInt(4) == 0) {
            assertThatThrownBy(() -> tagService.rename(ids.get(old), taken)).isInstanceOf(DuplicateNameException.class);
            return "rename tag refused: name taken";
        }
        String name = "renamed " + (++renamedTags);
        tagService.rename(ids.get(old), name);
        model.tagMerged(old, name);
        return "rename tag";
    }

    private String mergeTags() {
        String from = model.hasTags() ? model.anyTag(random) : null;
        String into = model.hasTags() ? model.anyTag(random) : null;
        if (from == null || from.equals(into)) {
            return "merge tags (too few)";
        }
        Map<String, Long> ids = tagIds();
        tagService.merge(ids.get(from), ids.get(into));
        model.tagMerged(from, into);
        return "merge tags";
    }

    private String deleteTag() {
        if (!model.hasTags()) {
            return "delete tag (no tags)";
        }
        String name = model.anyTag(random);
        tagService.delete(tagIds().get(name));
        model.tagDeleted(name);
        return "delete tag";
    }

    /** The ledger's tags by name, which must be the model's. */
    private Map<String, Long> tagIds() {
        Map<String, Long> ids = new HashMap<>();
        tagService.all().forEach(tag -> ids.put(tag.name(), tag.id()));
        assertThat(ids.keySet()).as("the ledger's tags").containsExactlyInAnyOrderElementsOf(model.liveTags());
        return ids;
    }

    private void add(Repeat repeat) {
        LocalDate date = repeat.repeats() ? today : today.minusDays(random.nextInt(60));
        ExpenseRow added = expenseService.add(details(date), repeat, today);
        model.added(List.of(added));
        lastTouched = added.id();
    }

    private String edit() {
        // People often correct what they just entered or edited: then undo meets the same expense twice.
        long id = lastTouched != null && model.contains(lastTouched) && random.nextInt(3) == 0 ? lastTouched : model.anyExpense(random);
        long version = model.get(id).version();
        lastTouched = id;
        if (model.isSplit(id)) {
            // A new amount and category for a split payment: its parts go (the dialog's "unsplit" and edit, one step).
            ExpenseRow updated = expenseService.update(id, version, details(today.minusDays(random.nextInt(30))), null, null, List.of());
            model.editedWithParts(updated, List.of());
            return "edit and unsplit";
        }
        ExpenseRow updated = expenseService.update(id, version, details(today.minusDays(random.nextInt(30))));
        assertThat(updated.version()).isGreaterThan(version);
        model.edited(updated);
        return "edit";
    }

    /**
     * Splits an expense (often the one just touched) into two or three parts that add up to it exactly, each in a
     * category of its own; a split payment gets new parts or is unsplit back into one category. One undoable step each.
     */
    private String split() {
        // Half the time a payment split already, or few would ever get new parts or be unsplit among thousands.
        Long splitOne = random.nextBoolean() ? model.anySplit(random) : null;
        long id = splitOne != null ? splitOne
                : lastTouched != null && model.contains(lastTouched) && random.nextInt(3) == 0 ? lastTouched : model.anyExpense(random);
        SoakModel.Entry entry = model.get(id);
        // Refunds and income split the same way; expenses keep the run's categories simple (a part's must fit the kind).
        if (entry.kind() != EntryKind.EXPENSE || entry.amount().compareTo(new BigDecimal("0.03")) < 0) {
            return "split (not an expense of at least 0.03)";
        }
        lastTouched = id;
        boolean unsplit = entry.split() && random.nextInt(3) == 0;
        Long category = unsplit ? model.anyCategory(random, EntryKind.EXPENSE) : null;
        ExpenseDetails payment = new ExpenseDetails(entry.date(), entry.description(), entry.amount(), category, null,
                EntryKind.EXPENSE, null);
        List<SoakModel.Part> parts = unsplit ? List.of() : parts(entry.amount());
        ExpenseRow updated = expenseService.update(id, entry.version(), payment, null, null,
                parts.stream().map(p -> new SplitPart(p.categoryId(), p.amount(), null, List.of())).toList());
        assertThat(updated.amount()).as("the payment's amount").isEqualByComparingTo(entry.amount());
        model.editedWithParts(updated, parts);
        return unsplit ? "unsplit" : entry.split() ? "change parts" : "split";
    }

    /** Two or three parts of {@code amount}, at least a cent each, adding up to it exactly; categories at random. */
    private List<SoakModel.Part> parts(BigDecimal amount) {
        long cents = amount.movePointRight(2).longValueExact();
        int count = cents >= 3 && random.nextBoolean() ? 3 : 2;
        List<SoakModel.Part> parts = new ArrayList<>();
        long left = cents;
        for (int i = count; i > 1; i--) {
            long part = 1 + random.nextLong(left - i + 1); // leaves at least a cent for each part to come
            parts.add(new SoakModel.Part(model.anyCategory(random, EntryKind.EXPENSE), BigDecimal.valueOf(part, 2)));
            left -= part;
        }
        parts.add(new SoakModel.Part(model.anyCategory(random, EntryKind.EXPENSE), BigDecimal.valueOf(left, 2)));
        return parts;
    }

    /**
     * Another Outlay on the same ledger changes an expense — often the one just touched here, so that undoing this
     * user's change to it must then be refused rather than overwrite theirs.
     */
    private String editElsewhere() {
        long id = lastTouched != null && model.contains(lastTouched) ? lastTouched : model.anyExpense(random);
        String description = "Changed elsewhere " + random.nextInt(1000);
        holder.get().sessionFactory().inTransaction(session -> session.createMutationQuery(
                        "update Expense e set e.description = :description, e.version = e.version + 1 where e.id = :id")
                .setParameter("description", description).setParameter("id", id).executeUpdate());
        model.changedElsewhere(id, description);
        return "edit elsewhere";
    }

    /** Several selected and deleted at once: one transaction, one undo step. */
    private String deleteSeveral() {
        Set<Long> ids = new TreeSet<>();
        int wanted = Math.min(model.size(), 2 + random.nextInt(5));
        while (ids.size() < wanted) {
            ids.add(model.anyExpense(random));
        }
        expenseService.deleteAll(ids);
        model.deleted(List.copyOf(ids));
        return "delete several";
    }

    /** As Ctrl+Z: the menu's label first, then the undo, which the model predicts — including its refusals. */
    private String undo() {
        String expectedLabel = model.nextUndoLabel();
        Optional<UndoService.UndoStep> offered = undoService.next();
        assertThat(offered.map(UndoService.UndoStep::label).orElse(null)).as("what undo offers").isEqualTo(expectedLabel);
        if (expectedLabel == null) {
            assertThat(model.undo().nothing()).isTrue();
            return "undo: nothing to undo";
        }
        if (model.undoStopped()) {
            assertThat(offered.orElseThrow().possible()).as("undo past an import").isFalse();
            return "undo: stops at the import";
        }
        long batch = offered.orElseThrow().batchId();
        // The label above already names the batch; what the undo did shows in the check after the step.
        if (model.undo().refused()) {
            assertThatThrownBy(() -> undoService.undo(batch)).isInstanceOf(ChangedElsewhereException.class);
            return "undo refused: changed since";
        }
        undoService.undo(batch);
        return "undo";
    }

    private String merge() {
        if (model.categoryCount() <= 3) {
            return "merge (too few categories)";
        }
        Long from = model.anyCategory(random);
        Long into = model.anyCategory(random);
        if (from.equals(into)) {
            return "merge into itself (not offered)";
        }
        if (model.isIncome(from) != model.isIncome(into)) {
            assertThatThrownBy(() -> categoryService.merge(from, into)).isInstanceOf(app.outlay.text.InvalidInputException.class);
            return "merge refused: income and spending";
        }
        assertThat(categoryService.merge(from, into)).as("expenses moved").isEqualTo(model.merged(from, into));
        return "merge";
    }

    private void createDue() {
        List<ExpenseRow> created = recurrenceService.createDue(today);
        // One transaction, and so one undo step, per series, in the order of the series' ids.
        Map<Long, List<ExpenseRow>> bySeries = new TreeMap<>();
        for (ExpenseRow row : created) {
            assertThat(model.contains(row.id())).as("created once").isFalse();
            bySeries.computeIfAbsent(row.seriesId(), k -> new ArrayList<>()).add(row);
        }
        bySeries.values().forEach(model::added);
    }

    /** A small bank file, imported all or nothing; a bad line is named and adds nothing, not even a category. */
    private String importFile() throws SQLException {
        Path file = folder.resolve("statement.csv");
        SoakImportFile statement = new SoakImportFile(file, random, today, model.categoryNames(false), model.categoryNames(true),
                "Imported " + (1 + random.nextInt(5)), DESCRIPTIONS);
        ImportReport report = importService.importFile(
                ImportRequest.of(file, CsvFormat.CANONICAL, ColumnMapping.CANONICAL).keepingDuplicates(true), rejected -> { });
        if (statement.badLine > 0) {
            assertThat(report.committed()).as("refused").isFalse();
            assertThat(report.rejected()).singleElement().satisfies(rejected -> {
                assertThat(rejected.line()).isEqualTo(statement.badLine);
                assertThat(rejected.field()).isEqualTo(statement.badField);
                assertThat(rejected.toString()).startsWith("line " + statement.badLine + ": ");
            });
            assertThat(categoryService.list()).extracting(CategoryRow::id).containsExactlyInAnyOrderElementsOf(model.categories().keySet());
            return "import refused";
        }
        assertThat(report.committed()).as("committed").isTrue();
        assertThat(report.imported()).isEqualTo(statement.spending.size());
        model.importCommitted(file.getFileName().toString());
        Set<String> known = model.categories().values().stream().map(Category::keyOf).collect(Collectors.toSet());
        Set<String> expectedNew = statement.spending.stream().map(SoakImportFile.Row::category)
                .filter(name -> name != null && !known.contains(Category.keyOf(name))).map(Category::keyOf).collect(Collectors.toSet());
        List<String> created = new ArrayList<>();
        for (CategoryRow category : categoryService.list()) {
            if (!model.categories().containsKey(category.id())) {
                model.categoryCreated(category.id(), category.name(), category.income());
                created.add(Category.keyOf(category.name()));
            }
        }
        assertThat(created).as("categories the file named that the ledger lacked").containsExactlyInAnyOrderElementsOf(expectedNew);
        Map<String, Long> idByKey = new HashMap<>();
        model.categories().forEach((id, name) -> idByKey.put(Category.keyOf(name), id));
        List<String> expected = statement.spending.stream().map(row -> row.date() + " " + row.description() + " " + row.amount()
                + " " + (row.category() == null ? null : idByKey.get(Category.keyOf(row.category()))) + " " + row.kind()).sorted().toList();

        Map<Long, Entry> added = notInModel(holder.get());
        assertThat(added.values().stream().map(e -> e.date() + " " + e.description() + " " + e.amount() + " " + e.categoryId()
                + " " + e.kind()).sorted().toList()).as("the entries the import added").isEqualTo(expected);
        added.forEach(model::imported);
        return "import";
    }

    /** As the settings dialog does it: open the new database, copy the ledger into it, put it in use, close the old. */
    private String switchDatabase() throws SQLException {
        nextSwitch += SWITCH_EVERY / 2 + random.nextInt(SWITCH_EVERY);
        DatabaseSwitcher.Candidate candidate = switcher.open(anotherDatabase(folder.resolve("switch-" + (++switches))));
        assertThat(candidate.current()).as("what the current database holds").isEqualTo(model.contents());
        boolean copy = candidate.offerCopy();
        assertThat(copy).as("copy offered").isEqualTo(!model.isEmpty());
        Database previous = holder.swap(switcher.complete(candidate, copy, false));
        closeCheck();
        if (previous != initial) {
            discard(previous);
        }
        if (!copy) {
            model.startedAfresh(categoryService.list());
            return "switch to an empty database";
        }
        return "switch database";
    }

    /** Mostly expenses, some refunds and income, each in a category of its side (or none). */
    private ExpenseDetails details(LocalDate date) {
        int dice = random.nextInt(20);
        EntryKind kind = dice < 2 ? EntryKind.INCOME : dice < 5 ? EntryKind.REFUND : EntryKind.EXPENSE;
        Long category = random.nextInt(10) == 0 ? null : model.anyCategory(random, kind);
        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 10_000 : 10_000_000), 2);
        return new ExpenseDetails(date, DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)], amount, category, null, kind, null);
    }

    /** Category (null: none) → count, total and summed versions, computed by the live database in one query. */
    private Map<Long, Group> stored() throws SQLException {
        Database database = holder.get();
        if (checkedDatabase != database) {
            closeCheck();
            checkConnection = database.dataSource().getConnection();
            // "id > 0" holds for every row; it makes H2 scan the table instead of walking the category index and
            // looking up each row from there, which costs a third more (PostgreSQL scans the table either way).
            // By split flag too: the rows not split are what totals by category count of the expense table itself.
            check = checkConnection.prepareStatement("select category_id, split, count(*), sum(amount), sum(version), "
                    + "sum(case when kind = 'EXPENSE' then amount when kind = 'REFUND' then -amount else 0 end), "
                    + "sum(case when kind = 'INCOME' then amount else 0 end) from expense where id > 0 group by category_id, split");
            // The rest of those totals: the parts of split payments, in the payment's kind (as EntryParts joins them).
            checkParts = checkConnection.prepareStatement("select s.category_id, count(*), sum(s.amount), "
                    + "sum(case when e.kind = 'EXPENSE' then s.amount when e.kind = 'REFUND' then -s.amount else 0 end), "
                    + "sum(case when e.kind = 'INCOME' then s.amount else 0 end) from expense_split s "
                    + "join expense e on e.id = s.expense_id where e.split = true group by s.category_id");
            checkedDatabase = database;
        }
        Map<Long, Group> stored = new HashMap<>();
        storedTotals = new HashMap<>();
        try (ResultSet rs = check.executeQuery()) {
            while (rs.next()) {
                Long category = rs.getObject(1, Long.class);
                Group group = new Group(rs.getLong(3), rs.getBigDecimal(4).setScale(2), rs.getLong(5),
                        rs.getBigDecimal(6).setScale(2), rs.getBigDecimal(7).setScale(2));
                stored.merge(category, group, Group::plus);
                if (!rs.getBoolean(2)) {
                    storedTotals.merge(category, new Group(group.count(), group.total(), 0, group.spent(), group.received()), Group::plus);
                }
            }
        }
        try (ResultSet rs = checkParts.executeQuery()) {
            while (rs.next()) {
                storedTotals.merge(rs.getObject(1, Long.class), new Group(rs.getLong(2), rs.getBigDecimal(3).setScale(2), 0,
                        rs.getBigDecimal(4).setScale(2), rs.getBigDecimal(5).setScale(2)), Group::plus);
            }
        }
        return stored;
    }

    /**
     * The kept totals (V28) as the model has them: every entry's count, spending and income in category 0, and each
     * category's spending and income (a split payment's parts there). One small query on the check connection.
     */
    private void checkKeptTotals() throws SQLException {
        if (checkKept == null || checkedDatabase != holder.get()) {
            stored(); // opens the check connection for the database in use
            checkKept = checkConnection.prepareStatement("select category_id, sum(entries), "
                    + "sum(case when kind = 'EXPENSE' then amount when kind = 'REFUND' then -amount else 0 end), "
                    + "sum(case when kind = 'INCOME' then amount else 0 end) from expense_summary group by category_id");
        }
        Map<Long, List<BigDecimal>> kept = new TreeMap<>();
        Map<Long, List<BigDecimal>> expected = new TreeMap<>();
        Group overall = model.overall();
        expected.put(0L, List.of(BigDecimal.valueOf(overall.count()), overall.spent().setScale(2), overall.received().setScale(2)));
        model.totals().forEach((category, group) -> {
            if (category != null && (group.spent().signum() != 0 || group.received().signum() != 0)) {
                expected.put(category, List.of(group.spent().setScale(2), group.received().setScale(2)));
            }
        });
        try (ResultSet rs = checkKept.executeQuery()) {
            while (rs.next()) {
                BigDecimal spent = rs.getBigDecimal(3).setScale(2);
                BigDecimal received = rs.getBigDecimal(4).setScale(2);
                if (rs.getLong(1) == 0) {
                    kept.put(0L, List.of(BigDecimal.valueOf(rs.getLong(2)), spent, received));
                } else if (spent.signum() != 0 || received.signum() != 0) {
                    kept.put(rs.getLong(1), List.of(spent, received));
                }
            }
        }
        kept.putIfAbsent(0L, List.of(BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
        if (!kept.equals(expected)) {
            assertThat(kept).as("the kept totals: count, spent and received of every entry (0) and by category").isEqualTo(expected);
        }
    }

    /** What TagService.totals reports over every entry, read with the same SQL on the check connection. */
    private List<TagTotal> storedByTag() throws SQLException {
        if (checkByTag == null || checkedDatabase != holder.get()) {
            stored(); // opens the check connection for the database in use
            checkByTag = checkConnection.prepareStatement("select t.id, t.name, count(*), sum(case when e.kind = 'REFUND' "
                    + "then -e.amount else e.amount end) from tag t join expense_tag l on l.tag_id = t.id join expense e on e.id = l.expense_id "
                    + "where e.kind <> 'INCOME' group by t.id, t.name");
        }
        List<TagTotal> totals = new ArrayList<>();
        try (ResultSet rs = checkByTag.executeQuery()) {
            while (rs.next()) {
                totals.add(new TagTotal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4).setScale(2)));
            }
        }
        return totals;
    }

    private void closeCheck() throws SQLException {
        checkByTag = null; // closed with its connection
        checkKept = null;
        checkParts = null;
        if (checkConnection != null) {
            checkConnection.close();
            checkConnection = null;
            checkedDatabase = null;
        }
    }

    /** The expenses the model does not know yet: what an import added. */
    private Map<Long, Entry> notInModel(Database database) throws SQLException {
        Map<Long, Entry> found = new TreeMap<>(); // in id order, so the model's order follows from the seed alone
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select id, spent_on, description, amount, category_id, notes, version, kind from expense")) {
            while (rs.next()) {
                if (!model.contains(rs.getLong(1))) {
                    found.put(rs.getLong(1), new Entry(rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getBigDecimal(4).setScale(2), rs.getObject(5, Long.class), rs.getString(6), rs.getLong(7),
                            EntryKind.valueOf(rs.getString(8))));
                }
            }
        }
        return found;
    }
}
