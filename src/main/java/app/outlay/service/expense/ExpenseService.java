package app.outlay.service.expense;

import app.outlay.service.history.ChangeRecorder;
import app.outlay.service.ledger.LedgerCurrency;
import app.outlay.service.recurrence.RecurrenceService;
import app.outlay.service.recurrence.Repeat;
import app.outlay.service.split.SplitLinks;
import app.outlay.service.tag.TagLinks;
import app.outlay.domain.TagNames;
import app.outlay.text.UserText;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Category;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Recurrence;
import app.outlay.domain.SplitPart;
import app.outlay.totals.KeptTotals;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Recording, changing, finding and totalling expenses. One short transaction per call; returns plain records. */
public final class ExpenseService {

    private final DatabaseHolder database;
    private final ExpenseQueries expenses = new ExpenseQueries();

    public ExpenseService(DatabaseHolder database) {
        this.database = database;
    }

    /** The newest {@code limit} expenses matching the filter, and the count and total of all that match. */
    public ExpenseList find(ExpenseFilter filter, int limit) {
        return database.sessionFactory().fromTransaction(session -> {
            List<ExpenseRow> rows = expenses.findPage(session, filter, ExpenseOrder.NEWEST_FIRST, null, limit).rows();
            return new ExpenseList(rows, expenses.summarize(session, filter));
        });
    }

    /** A page of the list for scrolling: {@code size} rows after {@code after} (null for the first page). */
    public ExpensePage page(ExpenseFilter filter, ExpenseOrder order, ExpenseRow after, int size) {
        if (ExpenseQueries.newestOfAll(filter, order)) { // the list as it opens: plain SQL, without Hibernate
            return database.read(connection -> NewestExpenses.read(connection, after, size));
        }
        return database.sessionFactory().fromTransaction(session -> expenses.findPage(session, filter, order, after, size));
    }

    public ExpenseSummary summarize(ExpenseFilter filter) {
        if (ExpenseQueries.fromKeptTotalsAlone(filter)) { // the list as it opens: plain SQL, without Hibernate
            return database.read(connection -> expenses.keptSummary(connection, filter));
        }
        return database.sessionFactory().fromTransaction(session -> expenses.summarize(session, filter));
    }

    public ExpenseRow get(long id) {
        ExpenseRow row = database.sessionFactory().fromTransaction(session -> expenses.findRow(session, id));
        if (row == null) {
            throw ChangedElsewhereException.deleted(UserText.of("problem.expense.deleted"));
        }
        return row;
    }

    /** The refunds linked to an expense, oldest first. */
    public List<ExpenseRow> refundsOf(long expenseId) {
        return database.sessionFactory().fromTransaction(session -> expenses.refundsOf(session, expenseId));
    }

    /**
     * The expenses a refund dated {@code date} may give money back on: those of the {@value #REFUNDABLE_DAYS} days
     * before it (and a week after, for a refund dated early), newest first, at most {@code limit}.
     */
    public List<ExpenseRow> refundable(LocalDate date, int limit) {
        ExpenseFilter filter = ExpenseFilter.all().withKind(app.outlay.domain.EntryKind.EXPENSE)
                .withPeriod(date.minusDays(REFUNDABLE_DAYS), date.plusDays(7));
        return page(filter, ExpenseOrder.NEWEST_FIRST, null, limit).rows();
    }

    public static final int REFUNDABLE_DAYS = 180;

    /** The parts of a split payment in their order (issue 21); empty when it is not split. */
    public List<SplitPart> partsOf(long expenseId) {
        return database.read(connection -> SplitLinks.of(connection, List.of(expenseId)).getOrDefault(expenseId, List.of()));
    }

    /** The parts of those of {@code expenseIds} that are split (a page of the list), in their order. */
    public java.util.Map<Long, List<SplitPart>> partsOf(Collection<Long> expenseIds) {
        return database.read(connection -> SplitLinks.of(connection, expenseIds));
    }

    public ExpenseRow add(ExpenseDetails details) {
        return add(details, Repeat.NEVER);
    }

    /**
     * Records an expense; when it repeats, it is the first occurrence of a new series, and the occurrences already
     * due (a series starting in the past) are created with it, in the same transaction and history batch.
     */
    public ExpenseRow add(ExpenseDetails details, Repeat repeat) {
        return add(details, repeat, LocalDate.now());
    }

    /** As {@link #add(ExpenseDetails, Repeat)}, with occurrences due up to {@code today}. */
    public ExpenseRow add(ExpenseDetails details, Repeat repeat, LocalDate today) {
        return add(details, repeat, today, List.of());
    }

    /** As {@link #add(ExpenseDetails, Repeat, LocalDate)}, with tags (issue 21), in the same transaction and history step. */
    public ExpenseRow add(ExpenseDetails details, Repeat repeat, LocalDate today, Collection<String> tags) {
        return add(details, repeat, today, tags, List.of());
    }

    /**
     * As {@link #add(ExpenseDetails, Repeat, LocalDate, Collection)}, split into {@code parts} (issue 21; none: not
     * split), which must add up to the amount exactly; all in one transaction and history step.
     *
     * @throws app.outlay.text.InvalidInputException naming the part and value when the parts do not fit; nothing is saved
     */
    public ExpenseRow add(ExpenseDetails typed, Repeat repeat, LocalDate today, Collection<String> tags, List<SplitPart> parts) {
        List<String> checkedTags = TagNames.distinct(tags);
        return database.sessionFactory().fromTransaction(session -> {
            ExpenseDetails details = LedgerCurrency.normalised(session, typed);
            Category category = category(session, details.categoryId());
            EntryChecks.check(session, null, details, category);
            List<SplitPart> checkedParts = parts.isEmpty() ? parts : SplitLinks.check(session, details, checkedTags, parts);
            Expense expense = new Expense(details, category);
            if (repeat.repeats()) {
                Recurrence series = new Recurrence(repeat.frequency(), details.date(), repeat.until(), details, category);
                session.persist(series);
                expense.belongTo(series, details.date());
            }
            session.persist(expense);
            session.flush();
            if (!checkedTags.isEmpty()) {
                TagLinks.set(session, expense.getId(), checkedTags);
            }
            if (!checkedParts.isEmpty()) {
                SplitLinks.set(session, expense.getId(), checkedParts);
            }
            KeptTotals.inserted(session, List.of(expense.getId()));
            ChangeRecorder history = new ChangeRecorder(session, database.appSession());
            history.inserted(expense);
            createDueOccurrences(session, expense, today, history);
            return expenses.findRow(session, expense.getId());
        });
    }

    /**
     * A series saved with a start in the past gets its missed occurrences now, not at the next start. Still each
     * at most once: the series' "created through" date moves on in this same transaction, and a series created here
     * is seen by no other Outlay before it commits.
     */
    private static void createDueOccurrences(Session session, Expense expense, LocalDate today, ChangeRecorder history) {
        if (expense.getRecurrence() != null) {
            RecurrenceService.createDue(session, expense.getRecurrence(), today, history);
        }
    }

    /**
     * Saves new details for an expense, provided nobody changed it since {@code expectedVersion} was read.
     *
     * @throws ChangedElsewhereException when it was changed or deleted elsewhere (nothing is saved)
     */
    public ExpenseRow update(long id, long expectedVersion, ExpenseDetails details) {
        return update(id, expectedVersion, details, null);
    }

    /**
     * As {@link #update(long, long, ExpenseDetails)}, and changes the series the expense belongs to: its details and
     * schedule for the occurrences still to come ({@code repeat} null: leave the series as it is; {@link Repeat#NEVER}:
     * stop it after this expense).
     */
    public ExpenseRow update(long id, long expectedVersion, ExpenseDetails details, Repeat repeat) {
        return update(id, expectedVersion, details, repeat, null);
    }

    /**
     * As {@link #update(long, long, ExpenseDetails, Repeat)}, giving the expense exactly {@code tags} (null: leave its
     * tags as they are), in the same transaction and history step: one undo restores details and tags together.
     */
    public ExpenseRow update(long id, long expectedVersion, ExpenseDetails details, Repeat repeat, Collection<String> tags) {
        return update(id, expectedVersion, details, repeat, tags, null);
    }

    /**
     * As {@link #update(long, long, ExpenseDetails, Repeat, Collection)}, giving the expense exactly {@code parts}
     * (null: leave them as they are, but they must still add up to the amount; empty: not split any more), in the
     * same transaction and history step: one undo restores the whole previous state, parts and all.
     */
    public ExpenseRow update(long id, long expectedVersion, ExpenseDetails typed, Repeat repeat, Collection<String> tags,
                             List<SplitPart> parts) {
        List<String> checkedTags = tags == null ? null : TagNames.distinct(tags);
        try {
            return database.sessionFactory().fromTransaction(session -> {
                ExpenseDetails details = LedgerCurrency.normalised(session, typed);
                Expense expense = existing(session, id);
                if (expense.getVersion() != expectedVersion) {
                    throw changedElsewhere();
                }
                // What it counts for in the kept totals now, before anything about it changes (V28).
                KeptTotals totals = new KeptTotals().before(session, List.of(id));
                Category category = category(session, details.categoryId());
                EntryChecks.check(session, id, details, category);
                List<SplitPart> checkedParts = parts == null ? null : parts.isEmpty() ? parts
                        : SplitLinks.check(session, details, checkedTags, parts);
                if (parts == null) {
                    // Issue 22: parts kept of a payment in another currency follow its new amount or rate.
                    checkedParts = SplitLinks.reconverted(session, id, details);
                    if (checkedParts == null) {
                        SplitLinks.requireStillAddingUp(session, id, details.amount());
                    }
                }
                boolean extras = checkedTags != null || checkedParts != null;
                var before = !extras ? ChangeRecorder.snapshot(expense)
                        : ExpenseExtras.withExtras(ChangeRecorder.snapshot(expense), session, id);
                boolean startsASeries = expense.getRecurrence() == null && repeat != null && repeat.repeats();
                expense.apply(details, category);
                if (repeat != null) {
                    Series.change(session, expense, details, category, repeat);
                }
                session.flush();
                ChangeRecorder history = new ChangeRecorder(session, database.appSession());
                if (!extras) {
                    history.updated(before, expense);
                } else {
                    if (checkedTags != null) {
                        TagLinks.set(session, id, checkedTags);
                    }
                    if (checkedParts != null) {
                        SplitLinks.set(session, id, checkedParts);
                    }
                    history.extrasChanged(id, before, ExpenseExtras.withExtras(ChangeRecorder.snapshot(expense), session, id));
                }
                totals.after(session, List.of(id)).write(session);
                if (startsASeries) {
                    // A changed schedule of an existing series is filled in at the next start or midnight, as before.
                    createDueOccurrences(session, expense, LocalDate.now(), history);
                }
                return expenses.findRow(session, id);
            });
        } catch (OptimisticLockException | StaleStateException e) {
            // Another client committed between our read and our write: Hibernate's version check caught it.
            throw changedElsewhere();
        }
    }

    public void delete(long id) {
        deleteAll(List.of(id));
    }

    /** Deletes several expenses in one transaction: all of them, or (when one is gone already) none. */
    public void deleteAll(Collection<Long> ids) {
        database.sessionFactory().inTransaction(session -> {
            KeptTotals.deleting(session, ids);
            ChangeRecorder history = new ChangeRecorder(session, database.appSession());
            for (long id : ids) {
                Expense expense = existing(session, id);
                unlinkRefunds(session, expense, history);
                history.deleted(expense);
                session.remove(expense);
            }
        });
    }

    /**
     * The refunds linked to an expense that is deleted lose the link (the database would drop it too), recorded in the
     * same batch before the deletion, so an undo puts the expense back first and then the links.
     */
    private static void unlinkRefunds(Session session, Expense expense, ChangeRecorder history) {
        List<Expense> refunds = session.createSelectionQuery("from Expense e where e.refundOf = :id", Expense.class)
                .setParameter("id", expense.getId()).getResultList();
        for (Expense refund : refunds) {
            var before = ChangeRecorder.snapshot(refund);
            refund.unlinkRefund();
            session.flush();
            history.updated(before, refund);
        }
    }

    private static Expense existing(Session session, long id) {
        Expense expense = session.find(Expense.class, id);
        if (expense == null) {
            throw ChangedElsewhereException.deleted(UserText.of("problem.expense.deleted"));
        }
        return expense;
    }

    private static Category category(Session session, Long id) {
        if (id == null) {
            return null;
        }
        Category category = session.find(Category.class, id);
        if (category == null) {
            throw new ChangedElsewhereException(UserText.of("problem.category.chosenDeleted"));
        }
        return category;
    }

    private static ChangedElsewhereException changedElsewhere() {
        return new ChangedElsewhereException(UserText.of("problem.expense.changed"));
    }
}
