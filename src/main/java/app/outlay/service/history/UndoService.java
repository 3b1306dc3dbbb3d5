package app.outlay.service.history;

import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseExtras;
import app.outlay.text.UserText;
import app.outlay.totals.KeptTotals;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.Category;
import app.outlay.domain.ChangeLogEntry;
import app.outlay.domain.Expense;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo from the change log, so it survives a restart: the newest change to expenses made by this user on this
 * computer that is not undone yet is reversed, all of its batch at once, in one transaction. A change that
 * someone else has changed again since is not undone over their head.
 * <p>
 * Only this running Outlay's own changes, and those of Outlays that have ended (an earlier run, or changes
 * recorded before V10), are undone: a change made by another Outlay window that is still open is its own to undo.
 * "Still open" is what the database can see: on PostgreSQL, a connection whose application name carries that
 * session; an embedded database is open in one process only, so there it is the sessions of this process.
 */
public final class UndoService {

    private final DatabaseHolder database;

    public UndoService(DatabaseHolder database) {
        this.database = database;
    }

    /**
     * What the next undo would do, for the menu ("Undo delete of “Lunch”"), or, when not {@code possible}, why there
     * is none ("Undo stops at the import of “bank.csv”").
     */
    public record UndoStep(long batchId, UserText text, boolean possible) {

        public UndoStep(long batchId, UserText text) {
            this(batchId, text, true);
        }

        /** The menu text in English. */
        public String label() {
            return text.english();
        }
    }

    /** What the next undo would do. Plain SQL without Hibernate: the menu asks as the window opens (UndoLog). */
    public Optional<UndoStep> next() {
        boolean postgres = database.get().settings().kind() == DatabaseSettings.Kind.POSTGRESQL;
        return database.read(connection -> {
            String user = UndoLog.currentUser(connection);
            Optional<UndoLog.Line> newest = UndoLog.newest(connection, user,
                    UndoLog.otherOpenSessions(connection, postgres, database.appSession()));
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            Optional<UndoLog.Line> importSince = UndoLog.importSince(connection, user, newest.get().id());
            if (importSince.isPresent()) {
                return Optional.of(new UndoStep(0, UndoLog.stop(importSince.get(), "undo.stopsAtImport", "undo.stopsAtCurrency"), false));
            }
            return Optional.of(new UndoStep(newest.get().batchId(), UndoLog.label(UndoLog.batch(connection, newest.get().batchId()))));
        });
    }

    /**
     * Reverses one batch of changes.
     *
     * @throws ChangedElsewhereException when an expense it touched was changed again since (nothing is undone)
     * @throws UndoRefusedException when the batch is not this Outlay's to undo (any more)
     */
    public UserText undo(long batchId) {
        return database.sessionFactory().fromTransaction(session -> {
            List<ChangeLogEntry> batch = batch(session, batchId);
            requireOurs(session, batch);
            // A batch may be large (rules applied to 100,000 expenses): its entries are read once, then reversed in
            // chunks whose expenses are loaded with one query and flushed once, so no flush ever checks them all.
            session.clear();
            KeptTotals totals = new KeptTotals();
            Chunk chunk = new Chunk(session, ChangeRecorder.undoing(session, database.appSession(), batchId), totals);
            // Newest first, so a batch that changed one expense twice is walked back in order.
            for (int i = batch.size() - 1; i >= 0; i--) {
                chunk.add(batch.get(i));
            }
            chunk.reverse();
            totals.write(session);
            markUndone(session, batchId, batch);
            return UndoLog.label(batch.stream().map(UndoLog.Line::of).toList());
        });
    }

    /**
     * On PostgreSQL an editor may only add to the history (LedgerRoles), so the mark goes through V16's
     * {@code outlay_mark_undone}, which sets it on the caller's own entries of the batch and on nothing else.
     * A batch that is not wholly marked (another window undid it meanwhile) undoes nothing.
     */
    private void markUndone(Session session, long batchId, List<ChangeLogEntry> batch) {
        if (database.get().settings().kind() != DatabaseSettings.Kind.POSTGRESQL) {
            // The entries were let go of while reversing (see undo), so the mark is one statement.
            int marked = session.createMutationQuery("update ChangeLogEntry c set c.undone = true "
                    + "where c.batchId = :batch and c.undone = false").setParameter("batch", batchId).executeUpdate();
            if (marked != batch.size()) {
                throw new UndoRefusedException(UserText.of("problem.undo.alreadyUndone"));
            }
            return;
        }
        Integer marked = session.createNativeQuery("select outlay_mark_undone(:batch)", Integer.class)
                .setParameter("batch", batchId).getSingleResult();
        if (marked == null || marked != batch.size()) {
            throw new UndoRefusedException(UserText.of("problem.undo.alreadyUndone"));
        }
    }

    /**
     * Checks again, in the undo's own transaction, what {@link #next()} chose by: the menu may show a step that
     * another window has undone meanwhile, or (as before V10) one that another open window made.
     */
    private void requireOurs(Session session, List<ChangeLogEntry> batch) {
        if (batch.isEmpty() || batch.stream().anyMatch(ChangeLogEntry::isUndone)) {
            throw new UndoRefusedException(UserText.of("problem.undo.alreadyUndone"));
        }
        long newestOfBatch = batch.stream().mapToLong(ChangeLogEntry::getId).max().orElseThrow();
        boolean postgres = database.get().settings().kind() == DatabaseSettings.Kind.POSTGRESQL;
        Optional<UndoLog.Line> importSince = session.doReturningWork(connection ->
                UndoLog.importSince(connection, UndoLog.currentUser(connection), newestOfBatch));
        if (importSince.isPresent()) {
            throw new UndoRefusedException(UndoLog.stop(importSince.get(), "problem.undo.importSince", "problem.undo.currencySince"));
        }
        Set<String> others = session.doReturningWork(connection ->
                UndoLog.otherOpenSessions(connection, postgres, database.appSession()));
        if (batch.stream().anyMatch(entry -> entry.getSessionId() != null && others.contains(entry.getSessionId()))) {
            throw new UndoRefusedException(UserText.of("problem.undo.otherWindow"));
        }
    }

    /**
     * Entries to reverse together: up to {@link #SIZE}, each of a different expense (an expense changed twice in the
     * batch is reversed once per chunk, so each reversal sees the one before it saved).
     */
    private static final class Chunk {
        static final int SIZE = 500;
        private final Session session;
        private final ChangeRecorder reversal;
        private final List<ChangeLogEntry> entries = new java.util.ArrayList<>();
        private final Set<Long> expenses = new HashSet<>();
        /** The kept totals (V28): what the chunk's expenses counted for before it, and after. */
        private final KeptTotals totals;

        Chunk(Session session, ChangeRecorder reversal, KeptTotals totals) {
            this.session = session;
            this.reversal = reversal;
            this.totals = totals;
        }

        void add(ChangeLogEntry entry) {
            if (entries.size() == SIZE || expenses.contains(entry.getEntityId())) {
                reverse();
            }
            entries.add(entry);
            expenses.add(entry.getEntityId());
        }

        /** Reverses the entries gathered, then lets go of everything the session holds. */
        void reverse() {
            if (entries.isEmpty()) {
                return;
            }
            session.createSelectionQuery("from Expense e where e.id in :ids", Expense.class)
                    .setParameterList("ids", expenses).getResultList(); // into the session: find() below reads no rows
            totals.before(session, expenses);
            List<Runnable> afterFlush = new java.util.ArrayList<>();
            for (ChangeLogEntry entry : entries) {
                UndoService.reverse(session, entry, reversal, afterFlush);
            }
            session.flush();
            afterFlush.forEach(Runnable::run);
            totals.after(session, expenses);
            session.clear();
            entries.clear();
            expenses.clear();
        }
    }

    /** Reverses one entry; an edit's own history entry is written by {@code afterFlush}, once its new version is known. */
    private static void reverse(Session session, ChangeLogEntry entry, ChangeRecorder reversal, List<Runnable> afterFlush) {
        Map<String, String> before = FlatJson.read(entry.getOldValues());
        Map<String, String> after = FlatJson.read(entry.getNewValues());
        Expense current = session.find(Expense.class, entry.getEntityId());
        switch (entry.getAction()) {
            case "INSERT" -> {
                if (current != null) {
                    requireUnchanged(current, after);
                    reversal.deleted(current);
                    endSeriesStartedBy(session, current, afterFlush);
                    session.remove(current);
                }
            }
            case "UPDATE" -> {
                if (current == null) {
                    throw ChangedElsewhereException.deleted(UserText.of("problem.undo.deleted", after.get("description")));
                }
                requireUnchanged(current, after);
                Map<String, String> snapshot = ExpenseExtras.withExtras(ChangeRecorder.snapshot(current), session, current.getId());
                current.apply(details(session, before), category(session, before.get("categoryId")));
                endSeriesStartedByEdit(session, current, before, after, afterFlush);
                // After the chunk's flush (see Chunk): tags and receipts as they were too (entries written before
                // issue 21 name none: left as they are), and the reversal's own history entry with its new version.
                afterFlush.add(() -> {
                    ExpenseExtras.restore(session, current.getId(), before);
                    reversal.extrasChanged(current.getId(), snapshot,
                            ExpenseExtras.withExtras(ChangeRecorder.snapshot(current), session, current.getId()));
                });
            }
            case "DELETE" -> {
                if (current == null) {
                    reinsert(session, entry.getEntityId(), before);
                    session.flush();
                    ExpenseExtras.restore(session, entry.getEntityId(), before);
                    reversal.inserted(session.find(Expense.class, entry.getEntityId()));
                }
            }
            default -> throw new IllegalStateException("Unknown change " + entry.getAction());
        }
    }

    /**
     * Undoing the save of a series' first expense undoes the series too, once none of its expenses is left (the first is
     * reversed last: a batch is walked back newest first). It kept running before, and the next start added the
     * "undone" expense again, with no expense left from which to stop it (tester: a yearly series from 29.02.2024).
     */
    private static void endSeriesStartedBy(Session session, Expense first, List<Runnable> afterFlush) {
        if (first.getRecurrence() == null || !first.getRecurrence().getStartsOn().equals(first.getOccurrenceOn())) {
            return;
        }
        long series = first.getRecurrence().getId();
        afterFlush.add(() -> endSeries(session, series));
    }

    /**
     * Undoing the edit that made an expense repeat puts it back out of the series that edit started, and undoes the
     * series once none of its expenses is left: the occurrences the edit added are later in its batch, so they were
     * reversed first. Otherwise the series kept running and the next start added the "undone" occurrences again.
     * Only where the entry says so: one written before series were logged ("seriesId" absent) is left alone.
     */
    private static void endSeriesStartedByEdit(Session session, Expense expense, Map<String, String> before,
                                               Map<String, String> after, List<Runnable> afterFlush) {
        if (!UndoLog.startedASeries(before, after) || expense.getRecurrence() == null
                || !after.get("seriesId").equals(expense.getRecurrence().getId().toString())) {
            return;
        }
        long series = expense.getRecurrence().getId();
        expense.belongTo(null, null);
        afterFlush.add(() -> endSeries(session, series));
    }

    /** Deletes the series {@code series}, provided no expense belongs to it any more. */
    private static void endSeries(Session session, long series) {
        session.createNativeMutationQuery("delete from recurrence where id = :series "
                + "and not exists (select 1 from expense where recurrence_id = :series)").setParameter("series", series).executeUpdate();
    }

    /**
     * Refuses when the expense is no longer as {@code after} left it. The version alone would refuse too much:
     * undoing a later change of this user's saves the earlier details again, as a new version — and the change
     * before it must then still be undoable. So a moved version with the very details this change wrote counts as
     * unchanged; anyone else's edit changes the details and is never overwritten.
     */
    private static void requireUnchanged(Expense current, Map<String, String> after) {
        if (current.getVersion() != Long.parseLong(after.get("version")) && !sameDetails(ChangeRecorder.snapshot(current), after)) {
            throw new ChangedElsewhereException(UserText.of("problem.undo.changed", current.getDescription()));
        }
    }

    private static boolean sameDetails(Map<String, String> now, Map<String, String> then) {
        return Objects.equals(now.get("date"), then.get("date"))
                && Objects.equals(now.get("description"), then.get("description"))
                && new BigDecimal(now.get("amount")).compareTo(new BigDecimal(then.get("amount"))) == 0
                && Objects.equals(now.get("categoryId"), then.get("categoryId"))
                && Objects.equals(now.get("notes"), then.get("notes"))
                && Objects.equals(kindOf(now), kindOf(then))
                && Objects.equals(now.get("refundOf"), then.get("refundOf"))
                && Objects.equals(ChangeRecorder.paid(now), ChangeRecorder.paid(then));
    }

    /** Puts a deleted expense back with its own id, so the history and any series still refer to it. */
    private static void reinsert(Session session, long id, Map<String, String> values) {
        Category category = category(session, values.get("categoryId"));
        Long series = values.get("seriesId") == null ? null : Long.valueOf(values.get("seriesId"));
        boolean seriesExists = series != null && session.createNativeQuery(
                "select count(*) from recurrence where id = :id", Long.class).setParameter("id", series).getSingleResult() > 0;
        OffsetDateTime created = values.get("createdAt") == null ? OffsetDateTime.now(ZoneOffset.UTC)
                : Instant.parse(values.get("createdAt")).atOffset(ZoneOffset.UTC);
        session.createNativeMutationQuery("insert into expense (id, spent_on, description, amount, category_id, notes, "
                        + "created_at, updated_at, version, recurrence_id, occurrence_on, kind, refund_of, bank_transaction_id, "
                        + "currency, original_amount, rate) "
                        + "values (:id, :date, :description, :amount, :category, :notes, :created, :updated, :version, :series, "
                        + ":occurrence, :kind, :refundOf, :bankId, :currency, :original, :rate)")
                .setParameter("bankId", values.get("bankId"), String.class)
                .setParameter("currency", values.get(ChangeRecorder.CURRENCY), String.class)
                .setParameter("original", decimal(values.get(ChangeRecorder.ORIGINAL_AMOUNT)), BigDecimal.class)
                .setParameter("rate", decimal(values.get(ChangeRecorder.RATE)), BigDecimal.class)
                .setParameter("kind", kindOf(values).name())
                .setParameter("refundOf", existingExpense(session, values.get("refundOf")), Long.class)
                .setParameter("id", id)
                .setParameter("date", LocalDate.parse(values.get("date")))
                .setParameter("description", values.get("description"))
                .setParameter("amount", new BigDecimal(values.get("amount")))
                .setParameter("category", category == null ? null : category.getId(), Long.class)
                .setParameter("notes", values.get("notes"), String.class)
                .setParameter("created", created)
                .setParameter("updated", OffsetDateTime.now(ZoneOffset.UTC))
                // Its version as it was, so an earlier change to it can be undone next.
                .setParameter("version", Long.parseLong(values.get("version")))
                .setParameter("series", seriesExists ? series : null, Long.class)
                .setParameter("occurrence", seriesExists && values.get("occurrenceOn") != null
                        ? LocalDate.parse(values.get("occurrenceOn")) : null, LocalDate.class)
                .executeUpdate();
    }

    /** The details a log entry's values held; a link to a refunded expense deleted since is left out. */
    private static ExpenseDetails details(Session session, Map<String, String> values) {
        EntryKind kind = kindOf(values);
        return new ExpenseDetails(LocalDate.parse(values.get("date")), values.get("description"),
                new BigDecimal(values.get("amount")), null, values.get("notes"), kind,
                kind == EntryKind.REFUND ? existingExpense(session, values.get("refundOf")) : null, ChangeRecorder.paid(values));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** The kind a log entry's values held: entries written before kinds existed are of expenses. */
    private static EntryKind kindOf(Map<String, String> values) {
        return values.get("kind") == null ? EntryKind.EXPENSE : EntryKind.valueOf(values.get("kind"));
    }

    /** The id, when that entry still exists; otherwise null. */
    private static Long existingExpense(Session session, String id) {
        if (id == null) {
            return null;
        }
        return session.createNativeQuery("select count(*) from expense where id = :id", Long.class)
                .setParameter("id", Long.valueOf(id)).getSingleResult() > 0 ? Long.valueOf(id) : null;
    }

    /** The category by id, or none when it was deleted meanwhile. */
    private static Category category(Session session, String id) {
        return id == null ? null : session.find(Category.class, Long.valueOf(id));
    }

    private static List<ChangeLogEntry> batch(Session session, long batchId) {
        return session.createNativeQuery("select * from change_log where batch_id = :batch order by id", ChangeLogEntry.class)
                .setParameter("batch", batchId).getResultList();
    }
}
