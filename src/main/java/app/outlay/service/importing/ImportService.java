package app.outlay.service.importing;

import app.outlay.service.history.ChangeRecorder;
import app.outlay.service.rates.RateService;
import app.outlay.service.rules.RuleApplyService;
import app.outlay.text.ExplainedException;
import app.outlay.service.category.DefaultCategories;
import app.outlay.text.Texts;
import app.outlay.text.UserText;
import app.outlay.csv.CategoryRule;
import app.outlay.csv.LineInterpreter;
import app.outlay.csv.StatementLine;
import app.outlay.data.BulkWrites;
import app.outlay.data.Database;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Category;
import app.outlay.domain.Colours;
import app.outlay.domain.EntryKind;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.ForeignAmount;
import app.outlay.rules.AutoFill;
import app.outlay.totals.KeptTotals;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Imports a CSV file into the ledger, all or nothing. The file is read as a stream, once: every line is checked and
 * inserted in one transaction with JDBC batching, which is committed only when no line was rejected. Memory does
 * not grow with the file's size.
 */
public final class ImportService {

    /** Rejected lines kept for the report; all of them are still counted and passed to the listener. */
    public static final int REJECTED_LISTED = 500;
    /** Rows per JDBC batch; public so the benchmark's raw JDBC baseline uses the same. */
    public static final int BATCH_SIZE = 500;
    /** Batches of checked lines the reading thread may have ready before it waits for the inserts. */
    private static final int READ_AHEAD_BATCHES = 4;

    private final DatabaseHolder database;
    private final DiskRoom.UsableSpace space;

    public ImportService(DatabaseHolder database) {
        this(database, DiskRoom.FILE_STORE);
    }

    /** With the free space on a disk measured by {@code space}: tests simulate a disk filling up this way. */
    ImportService(DatabaseHolder database, DiskRoom.UsableSpace space) {
        this.database = database;
        this.space = space;
    }

    /** Reads the whole file and reports what an import would do. Writes nothing. */
    public ImportReport check(ImportRequest request) {
        return check(request, rejected -> { });
    }

    /** As {@link #check(ImportRequest)}, handing every rejected line to {@code onRejected} as it is found. */
    public ImportReport check(ImportRequest request, Consumer<StatementLine.Rejected> onRejected) {
        return check(request, AutoFill.none(), onRejected);
    }

    /** As {@link #check(ImportRequest, Consumer)}, with the ledger's rules and learned suggestions filling lines in. */
    public ImportReport check(ImportRequest request, AutoFill autoFill, Consumer<StatementLine.Rejected> onRejected) {
        Database db = database.get();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setReadOnly(true);
            Map<String, CategoryRef> categories = loadCategories(connection);
            try (DuplicateFinder duplicates = new DuplicateFinder(connection);
                 MoneyInGuess guess = new MoneyInGuess(connection)) {
                Tally tally = read(request, ledgerCurrency(connection), rates(ledgerCurrency(connection)), DefaultCategories.language(connection),
                        autoFill, categories, duplicates, guess, onRejected, spending -> { });
                return tally.report(false);
            }
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.import.ledgerUnreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /** Lines {@link #preview} lists at most; the count of all of them is in the check's report. */
    public static final int PREVIEW_LINES = 5000;

    /** One line as the import would write it, for the wizard's preview of a bank file. */
    public record PreviewLine(LocalDate date, String description, BigDecimal amount, EntryKind kind, String category, String notes) {
    }

    /**
     * The lines an import would write (up to {@link #PREVIEW_LINES}), with their kinds and the categories the file,
     * the rules or the suggestions give them; lines already in the ledger, money coming in left out and rejected
     * lines are not listed (see {@link #check}). Writes nothing.
     */
    public List<PreviewLine> preview(ImportRequest request, AutoFill autoFill) {
        Database db = database.get();
        try (Connection connection = db.dataSource().getConnection()) {
            connection.setReadOnly(true);
            Map<String, CategoryRef> categories = loadCategories(connection);
            List<PreviewLine> lines = new ArrayList<>();
            try (DuplicateFinder duplicates = new DuplicateFinder(connection);
                 MoneyInGuess guess = new MoneyInGuess(connection)) {
                read(request, ledgerCurrency(connection), rates(ledgerCurrency(connection)), DefaultCategories.language(connection),
                        autoFill, categories, duplicates, guess, rejected -> { }, insert -> {
                    if (lines.size() < PREVIEW_LINES) {
                        ExpenseDetails details = insert.details();
                        lines.add(new PreviewLine(details.date(), details.description(), details.amount(), details.kind(),
                                insert.category() == null ? null : insert.category().name(), details.notes()));
                    }
                });
            }
            return lines;
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.import.ledgerUnreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Imports the file when every line can be imported (or was chosen to be skipped); otherwise imports nothing
     * and returns the rejected lines. Any failure while writing rolls the whole file back.
     * <p>
     * One pass over the file: lines are inserted as they are read, in one transaction. After the first rejected line
     * nothing more is inserted, the rest of the file is still read so the report lists every rejected line, and the
     * transaction is rolled back. (A separate checking pass first read and parsed every file twice.)
     * <p>
     * The file is read and checked on a thread of its own ({@link ReadAhead}), a few batches ahead of the inserts:
     * reading, parsing and the duplicate look-ups took about a tenth of an import done in turn with the inserts.
     * {@code onRejected} is called on that thread.
     */
    public ImportReport importFile(ImportRequest request, Consumer<StatementLine.Rejected> onRejected) {
        return importFile(request, AutoFill.none(), onRejected);
    }

    /**
     * As {@link #importFile(ImportRequest, Consumer)}, with the ledger's rules and learned suggestions filling in
     * lines ({@link AutoFill}: a line's own category, an import profile's rule or a money-in suggestion comes first).
     */
    public ImportReport importFile(ImportRequest request, AutoFill autoFill, Consumer<StatementLine.Rejected> onRejected) {
        Database db = database.get();
        try (BulkWrites.Running bulk = db.bulkWrite();
             Connection lookups = db.dataSource().getConnection();
             StatelessSession session = db.sessionFactory().openStatelessSession()) {
            // Duplicates are looked up on a second connection, which cannot see this transaction's own inserts.
            lookups.setReadOnly(true);
            session.setJdbcBatchSize(BATCH_SIZE);
            Transaction transaction = session.beginTransaction();
            // Before anything is read: a second import of the same file then sees the first's rows and skips them
            // as duplicates, and finds the categories it created (see ImportLock). Released after the commit.
            boolean committing = false;
            try (ImportLock serialised = ImportLock.acquire(session, db.settings())) {
                DiskRoom room = DiskRoom.of(db.settings(), space);
                room.check();
                Map<String, CategoryRef> categories = loadCategories(lookups);
                List<String> coloursInUse = loadColours(lookups);
                Currency ledgerCurrency = ledgerCurrency(lookups);
                Texts notesIn = DefaultCategories.language(lookups);
                try (DuplicateFinder duplicates = new DuplicateFinder(lookups);
                     MoneyInGuess guess = new MoneyInGuess(lookups);
                     ReadAhead<Insert, Tally> lines = ReadAhead.start("outlay-import-reader", BATCH_SIZE, READ_AHEAD_BATCHES,
                             sink -> read(request, ledgerCurrency, rates(ledgerCurrency), notesIn, autoFill, categories, duplicates, guess, onRejected, sink::accept))) {
                    Map<CategoryRef, Category> entities = new IdentityHashMap<>();
                    ImportedTags tagged = new ImportedTags();
                    ImportedSplits split = new ImportedSplits();
                    // The kept totals (V28), gathered from the values inserted and written once, before the commit.
                    KeptTotals totals = new KeptTotals();
                    for (List<Insert> batch = lines.next(); batch != null; batch = lines.next()) {
                        room.check(); // stops in a second, not after H2 has filled the disk (see DiskRoom)
                        for (Insert line : batch) {
                            Category category = category(session, line.category(), entities, coloursInUse);
                            Expense expense = new Expense(line.details(), category);
                            expense.importedFrom(line.bankId());
                            expense.stampCreation();
                            session.insert(expense);
                            tagged.add(expense.getId(), line.tags());
                            List<app.outlay.domain.SplitPart> parts = line.parts().isEmpty() ? List.of()
                                    : parts(session, line.parts(), entities, coloursInUse);
                            if (!parts.isEmpty()) {
                                split.add(expense.getId(), parts);
                            }
                            totals.added(line.details().date(), line.details().kind(), category == null ? null : category.getId(),
                                    line.details().amount(), parts.stream()
                                            .map(part -> new KeptTotals.Part(part.categoryId(), part.amount())).toList());
                        }
                    }
                    tagged.link(session);
                    split.link(session);
                    Tally tally = lines.result();
                    ImportReport report = tally.report(tally.rejectedCount == 0);
                    if (report.committed()) {
                        totals.write(session);
                        // One history entry for the whole file, in the same transaction (a row per line would double
                        // the import's writes; the rows themselves still announce themselves to other clients).
                        session.insert(ChangeRecorder.imported(session.createNativeQuery("select current_user", String.class)
                                .getSingleResult(), request.file().getFileName().toString(), tally.imported));
                        committing = true;
                        transaction.commit();
                    } else {
                        transaction.rollback();
                    }
                    return report;
                }
            } catch (RuntimeException | SQLException | Error e) {
                boolean rolledBack = rollBack(transaction, e);
                if (!rolledBack || connectionLost(e)) {
                    // The server ended (or the network dropped) mid-import: it discards a transaction it did not see
                    // committed. Hibernate's own words were "Unable to rollback against JDBC Connection".
                    throw new ExplainedException(UserText.of(committing
                            ? "problem.import.connectionLostAtCommit" : "problem.import.connectionLost", db.displayName()), e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.import.failed", String.valueOf(e.getMessage())), e);
        }
    }

    /** PostgreSQL's "connection exception" (08…) or "operator intervention" (57P…: the server shut down). */
    private static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Rolls back what is still open; false when that failed too (the connection is gone). */
    private static boolean rollBack(Transaction transaction, Throwable failure) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            return true;
        } catch (RuntimeException rollbackFailed) {
            failure.addSuppressed(rollbackFailed);
            return false;
        }
    }

    /** A ledger category by its name key; {@code id} is null for one this import creates; {@code income}: of income. */
    private record CategoryRef(Long id, String name, boolean income) {
    }

    /** One line to insert: the checked details, the category it goes to (null for none), the bank's id and its tags (issue 21). */
    private record Insert(ExpenseDetails details, CategoryRef category, String bankId, List<String> tags, List<InsertPart> parts) {
    }

    /** One part of a split payment to insert (issue 21), with the category it goes to. */
    private record InsertPart(CategoryRef category, BigDecimal amount, String notes, List<String> tags, BigDecimal original) {
    }

    /**
     * The category entity for {@code ref}, loaded or created once per import. Keyed by the ref itself: the reading
     * side hands out one ref per category, and a key computed per line cost a measurable share of the inserting thread.
     */
    private static Category category(StatelessSession session, CategoryRef ref, Map<CategoryRef, Category> entities,
                                     List<String> coloursInUse) {
        if (ref == null) {
            return null;
        }
        Category category = entities.get(ref);
        if (category == null) {
            if (ref.id() != null) {
                category = session.get(Category.class, ref.id());
            } else {
                category = new Category(ref.name(), Colours.mostDistinctFrom(coloursInUse), ref.income());
                coloursInUse.add(category.getColour());
                session.insert(category);
            }
            entities.put(ref, category);
        }
        return category;
    }

    /** The parts of a split payment with their categories' ids, categories the import creates created now. */
    private static List<app.outlay.domain.SplitPart> parts(StatelessSession session, List<InsertPart> parts,
                                                           Map<CategoryRef, Category> entities, List<String> coloursInUse) {
        return parts.stream().map(part -> {
            Category category = category(session, part.category(), entities, coloursInUse);
            return new app.outlay.domain.SplitPart(category == null ? null : category.getId(), part.amount(), part.notes(), part.tags(),
                    part.original());
        }).toList();
    }

    /** The colours of the ledger's categories, which a new category's colour should stand apart from. */
    private static List<String> loadColours(Connection connection) throws SQLException {
        List<String> colours = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select colour from category")) {
            while (rows.next()) {
                colours.add(rows.getString(1));
            }
        }
        return colours;
    }

    /** The ledger's currency (V7), against which a bank statement's is checked; null while none is chosen. */
    /**
     * The rate table's rate for a line in another currency without its ledger amount (issue 22), looked up once per
     * currency and day in a short transaction of its own.
     */
    private LineInterpreter.RateLookup rates(Currency ledger) {
        RateService service = new RateService(database);
        Map<String, java.util.Optional<java.math.BigDecimal>> known = new java.util.concurrent.ConcurrentHashMap<>();
        return (currency, date) -> ledger == null ? java.util.Optional.empty()
                : known.computeIfAbsent(currency.getCurrencyCode() + date, key -> service.rateFor(currency, ledger, date));
    }

    private static Currency ledgerCurrency(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select currency from ledger where id = 1")) {
            String code = rows.next() ? rows.getString(1) : null;
            return code == null ? null : Currency.getInstance(code.strip());
        }
    }

    private static Map<String, CategoryRef> loadCategories(Connection connection) throws SQLException {
        Map<String, CategoryRef> categories = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, name, income from category")) {
            while (rows.next()) {
                categories.put(Category.keyOf(rows.getString(2)), new CategoryRef(rows.getLong(1), rows.getString(2),
                        rows.getBoolean(3)));
            }
        }
        return categories;
    }

    /** Counts of one pass over the file. */
    private static final class Tally {
        long imported;
        long duplicates;
        long keptDuplicates;
        long incoming;
        long refunds;
        long income;
        long skipped;
        long rejectedCount;
        long notBooked;
        final List<StatementLine.Rejected> rejected = new ArrayList<>();
        final Map<String, String> unknown = new LinkedHashMap<>();
        final Map<String, String> created = new LinkedHashMap<>();
        final List<ImportReport.MoneyInLine> moneyIn = new ArrayList<>();

        void decided(StatementLine.Incoming line, EntryKind kind, EntryKind suggested, CategoryRef category) {
            if (moneyIn.size() < REJECTED_LISTED) {
                moneyIn.add(new ImportReport.MoneyInLine(line.line(), line.date(), line.description(), line.amount(), kind,
                        suggested, category == null ? null : category.name()));
            }
        }

        ImportReport report(boolean committed) {
            return new ImportReport(imported, duplicates, keptDuplicates, incoming, skipped, rejected, rejectedCount,
                    List.copyOf(unknown.values()), List.copyOf(created.values()), committed, refunds, income, moneyIn, notBooked);
        }

        void reject(StatementLine.Rejected line, Consumer<StatementLine.Rejected> onRejected) {
            rejectedCount++;
            if (rejected.size() < REJECTED_LISTED) {
                rejected.add(line);
            }
            onRejected.accept(line);
        }
    }

    private interface SqlConsumer<T> {
        void accept(T value) throws SQLException;
    }

    /** Money coming in that waits for a suggested kind, with the bank's id of its line (or null) and its parts if split. */
    private record Waiting(StatementLine.Incoming line, String bankId, List<SplitLines.Part> parts) {
    }

    /** Takes one line (or split payment) of the file: rejected, left to a suggestion, or counted and handed on. */
    private static void take(SplitLines.Sourced next, ImportRequest request, AutoFill autoFill, Map<String, CategoryRef> categories,
                             DuplicateFinder duplicates, MoneyInGuess guess, Tally tally, Consumer<StatementLine.Rejected> onRejected,
                             SqlConsumer<Insert> insert, List<Waiting> toSuggest) throws SQLException {
        StatementLine line = next.line();
        if (line instanceof StatementLine.Rejected rejected) {
            tally.reject(rejected, onRejected);
        } else if (line instanceof StatementLine.Incoming incoming) {
            if (incoming.kind() == null && request.moneyInFor(line.line()) == MoneyIn.AUTO) {
                toSuggest.add(new Waiting(incoming, next.bankId(), next.parts()));
            } else {
                Entry entry = moneyIn(request, incoming, next.bankId());
                CategoryRef category = take(entry == null ? null : entry.split(next.parts()), request, autoFill, categories,
                        duplicates, guess, tally, onRejected, insert);
                if (incoming.kind() == null) {
                    tally.decided(incoming, entry == null ? null : entry.kind, null, category);
                }
            }
        } else if (line instanceof StatementLine.Spending spending) {
            take(new Entry(line.line(), spending.date(), spending.description(), spending.amount(),
                    spending.category(), spending.notes(), EntryKind.EXPENSE, true, null, null, next.bankId(), spending.tags(),
                    List.of(), spending.paid()).split(next.parts()), request, autoFill, categories, duplicates, guess, tally, onRejected, insert);
        }
    }

    private static Tally read(ImportRequest request, Currency ledgerCurrency, LineInterpreter.RateLookup rates, Texts notesIn,
                              AutoFill autoFill, Map<String, CategoryRef> categories,
                              DuplicateFinder duplicates,
                              MoneyInGuess guess, Consumer<StatementLine.Rejected> onRejected, SqlConsumer<Insert> insert)
            throws SQLException {
        Tally tally = new Tally();
        // Money coming in that waits for a suggestion until the whole file is read: the purchase a refund matches may
        // be further down (statements often list the newest first).
        List<Waiting> toSuggest = new ArrayList<>();
        try (StatementSource source = StatementSource.open(request, ledgerCurrency, rates, notesIn)) {
            // The parts of a split payment (issue 21) come as consecutive lines: gathered into one entry.
            SplitLines splits = new SplitLines();
            while (source.hasNext()) {
                StatementLine line = source.next();
                if (line instanceof StatementLine.Blank) {
                    continue;
                }
                if (request.skipLines().contains(line.line())) {
                    tally.skipped++;
                    continue;
                }
                for (SplitLines.Sourced next : splits.offer(line, source.bankId())) {
                    take(next, request, autoFill, categories, duplicates, guess, tally, onRejected, insert, toSuggest);
                }
            }
            for (SplitLines.Sourced next : splits.finish()) {
                take(next, request, autoFill, categories, duplicates, guess, tally, onRejected, insert, toSuggest);
            }
            // What the bank file itself leaves out: a transaction it lists twice is a duplicate, one not booked is pending.
            tally.duplicates += source.leftOut().repeated();
            tally.notBooked = source.leftOut().notBooked();
        } catch (IOException e) {
            throw new ExplainedException(UserText.of("problem.file.unreadable", request.file().toString(), String.valueOf(e.getMessage())), e);
        }
        for (Waiting waiting : toSuggest) {
            StatementLine.Incoming incoming = waiting.line();
            MoneyInGuess.Suggestion suggestion = guess.suggest(incoming.date(), incoming.description(), incoming.amount());
            CategoryRef category = take(new Entry(incoming.line(), incoming.date(), incoming.description(), incoming.amount(),
                    incoming.category(), incoming.notes(), suggestion.kind(), false, suggestion.refundOf(), suggestion.categoryName(),
                    waiting.bankId(), incoming.tags(), List.of(), incoming.paid()).split(waiting.parts()),
                    request, autoFill, categories, duplicates, guess, tally, onRejected, insert);
            tally.decided(incoming, suggestion.kind(), suggestion.kind(), category);
        }
        return tally;
    }

    /**
     * Counts an entry of the file and hands it on to be inserted, unless it is a duplicate left out ({@code line}
     * null: a line of money coming in left out). Returns the category it goes to, if any.
     */
    private static CategoryRef take(Entry line, ImportRequest request, AutoFill autoFill, Map<String, CategoryRef> categories,
                                    DuplicateFinder duplicates, MoneyInGuess guess, Tally tally,
                                    Consumer<StatementLine.Rejected> onRejected, SqlConsumer<Insert> insert) throws SQLException {
        if (line == null) {
            tally.incoming++;
            return null;
        }
        boolean hasCategory = line.category != null || line.suggested != null || CategoryRule.apply(request.rules(), line.description) != null;
        // A split payment's parts have their categories from the file: rules and suggestions leave it as it is.
        AutoFill.Filled filled = !line.parts.isEmpty() ? null : autoFill.fill(line.description, line.amount, line.kind.name(), hasCategory);
        Entry entry = filled == null ? line : line.filledBy(filled);
        boolean moneyIn = entry.kind != EntryKind.EXPENSE;
        // A line imported before under a rule's new description is still the same line.
        boolean duplicate = duplicates.isDuplicate(line.date, line.amount, line.description, moneyIn, line.bankId)
                || !entry.description.equals(line.description)
                && duplicates.isDuplicate(entry.date, entry.amount, entry.description, moneyIn, line.bankId);
        if (duplicate && !request.keepDuplicates()) {
            tally.duplicates++;
            return null;
        }
        CategoryRef category;
        List<InsertPart> parts = new ArrayList<>();
        try {
            category = resolveCategory(request, entry, categories, tally);
            for (SplitLines.Part part : entry.parts) {
                parts.add(new InsertPart(partCategory(request, entry.kind, part, categories, tally), part.amount(),
                        part.notes(), part.tags(), part.paid() == null ? null : part.paid().original()));
            }
        } catch (WrongSide wrong) {
            tally.reject(wrong.line, onRejected);
            return null;
        }
        if (duplicate) {
            tally.keptDuplicates++;
        }
        autoFill.count(filled);
        tally.imported++;
        if (entry.kind == EntryKind.REFUND) {
            tally.refunds++;
        } else if (entry.kind == EntryKind.INCOME) {
            tally.income++;
        } else {
            guess.remember(entry.date, entry.description, category == null ? null : category.name());
        }
        if (tally.rejectedCount > 0) {
            return category; // the import will be refused: only finish counting
        }
        insert.accept(new Insert(new ExpenseDetails(entry.date, entry.description, entry.amount,
                category == null ? null : category.id(), entry.notes, entry.kind, entry.refundOf).withPaid(entry.paid), category,
                entry.bankId, entry.tags,
                parts));
        return category;
    }

    /** The category of a part of a split payment: the file's, which must be of the payment's side. */
    private static CategoryRef partCategory(ImportRequest request, EntryKind kind, SplitLines.Part part,
                                            Map<String, CategoryRef> categories, Tally tally) throws WrongSide {
        if (part.category() == null) {
            return null;
        }
        boolean income = kind == EntryKind.INCOME;
        CategoryRef ref = categoryNamed(request, part.category(), income, categories, tally);
        if (ref.income() != income) {
            throw new WrongSide(new StatementLine.Rejected(part.line(), "category", part.category(),
                    UserText.of(income ? "problem.line.categoryNotIncome" : "problem.line.categoryIncome", kind.key())));
        }
        return ref;
    }

    /**
     * One line to become an entry. {@code stated}: its kind and category come from the file (an expense, or Outlay's
     * own kind column), so a category of the wrong side is an error in the file; a suggested kind instead falls back to
     * the {@code suggested} category, or none.
     */
    private record Entry(long line, java.time.LocalDate date, String description, java.math.BigDecimal amount,
                         String category, String notes, EntryKind kind, boolean stated, Long refundOf, String suggested,
                         String bankId, List<String> tags, List<SplitLines.Part> parts, ForeignAmount paid) {

        /** An entry in the ledger's currency. */
        Entry(long line, java.time.LocalDate date, String description, java.math.BigDecimal amount, String category, String notes,
              EntryKind kind, boolean stated, Long refundOf, String suggested, String bankId, List<String> tags,
              List<SplitLines.Part> parts) {
            this(line, date, description, amount, category, notes, kind, stated, refundOf, suggested, bankId, tags, parts, null);
        }

        /** The payment of these parts (none: this entry as it is): their sum, its category, notes and tags in its parts. */
        Entry split(List<SplitLines.Part> newParts) {
            if (newParts.isEmpty()) {
                return this;
            }
            return new Entry(line, date, description, SplitLines.total(newParts), null, null, kind, stated, refundOf, null,
                    bankId, List.of(), newParts, SplitLines.paid(newParts));
        }

        /**
         * As a rule or the learning filled it in: a new description, a note, a category where it had none, the rule's
         * tags after the line's own (issue 21; a tag the line has already is not added twice).
         */
        Entry filledBy(AutoFill.Filled filled) {
            return new Entry(line, date, filled.description() != null ? filled.description() : description, amount, category,
                    RuleApplyService.withNote(notes, filled.note()), kind, stated, refundOf,
                    suggested != null ? suggested : filled.categoryName(), bankId, RuleApplyService.withTags(tags, filled.tags()), parts, paid);
        }
    }

    /** The entry a line of money coming in becomes by the file's kind or the user's choice (not AUTO), or null when left out. */
    private static Entry moneyIn(ImportRequest request, StatementLine.Incoming line, String bankId) {
        if (line.kind() != null) {
            return new Entry(line.line(), line.date(), line.description(), line.amount(), line.category(), line.notes(),
                    line.kind(), true, null, null, bankId, line.tags(), List.of(), line.paid());
        }
        MoneyIn choice = request.moneyInFor(line.line());
        if (choice == MoneyIn.SKIP) {
            return null;
        }
        return new Entry(line.line(), line.date(), line.description(), line.amount(), line.category(), line.notes(),
                choice.kind(), false, null, null, bankId, line.tags(), List.of(), line.paid());
    }

    /** A line whose category is of the other side (an income category for spending, or the other way round). */
    private static final class WrongSide extends Exception {
        final StatementLine.Rejected line;

        WrongSide(StatementLine.Rejected line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    /**
     * The category an entry goes to, mapped as the user chose; one the ledger lacks is created, of income for income.
     * The file's own category must be of the entry's side; a rule's or a suggestion's that is not is left out.
     */
    private static CategoryRef resolveCategory(ImportRequest request, Entry entry, Map<String, CategoryRef> categories,
                                               Tally tally) throws WrongSide {
        boolean income = entry.kind == EntryKind.INCOME;
        if (entry.category != null) {
            CategoryRef ref = categoryNamed(request, entry.category, income, categories, tally);
            if (ref.income() != income) {
                throw new WrongSide(new StatementLine.Rejected(entry.line, "category", entry.category,
                        UserText.of(income ? "problem.line.categoryNotIncome" : "problem.line.categoryIncome", entry.kind.key())));
            }
            return ref;
        }
        String named = entry.suggested != null ? entry.suggested : CategoryRule.apply(request.rules(), entry.description);
        if (named == null) {
            return null;
        }
        CategoryRef existing = categories.get(Category.keyOf(request.categoryMap().getOrDefault(Category.keyOf(named), named)));
        if (existing != null && existing.income() != income) {
            return null;
        }
        return categoryNamed(request, named, income, categories, tally);
    }

    /** The category {@code named} (by the file, a rule or a suggestion) goes to, as the user mapped it; created when missing. */
    private static CategoryRef categoryNamed(ImportRequest request, String named, boolean income,
                                             Map<String, CategoryRef> categories, Tally tally) {
        String key = Category.keyOf(named);
        if (!categories.containsKey(key) || categories.get(key).id() == null) {
            tally.unknown.putIfAbsent(key, named.strip());
        }
        String target = request.categoryMap().getOrDefault(key, named);
        String targetKey = Category.keyOf(target);
        CategoryRef ref = categories.get(targetKey);
        if (ref == null) {
            ref = new CategoryRef(null, target.strip(), income);
            categories.put(targetKey, ref);
        }
        if (ref.id() == null) {
            tally.created.putIfAbsent(targetKey, ref.name());
        }
        return ref;
    }
}
