package app.outlay.service.recurrence;

import app.outlay.service.expense.ExpenseQueries;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.service.history.ChangeRecorder;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Category;
import app.outlay.domain.EntryKind;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Recurrence;
import app.outlay.totals.KeptTotals;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the occurrences of recurring expenses that are due. Each occurrence is created at most once: a series
 * remembers up to which date it has been created (so an occurrence the user deleted does not come back), the
 * database's unique key on (series, scheduled date) and the series' version stop a second instance, and a crash
 * half-way rolls back that series' transaction, leaving it to be created next time.
 */
public final class RecurrenceService {

    private static final Logger log = LoggerFactory.getLogger(RecurrenceService.class);

    private final DatabaseHolder database;
    private final ExpenseQueries queries = new ExpenseQueries();

    public RecurrenceService(DatabaseHolder database) {
        this.database = database;
    }

    /** Creates every occurrence due up to and including {@code today}; returns what was created, oldest first. */
    public List<ExpenseRow> createDue(LocalDate today) {
        // Only series with something possibly due: an ended or up-to-date series would cost a transaction per call for
        // nothing (the soak test showed this dominating with many finished series). Plain SQL without Hibernate: this
        // runs as the window opens (see Database#read).
        List<Long> seriesIds = database.read(connection -> {
            List<Long> ids = new ArrayList<>();
            try (java.sql.PreparedStatement query = connection.prepareStatement("select id from recurrence "
                    + "where starts_on <= ? and generated_through < ? and (until_on is null or generated_through < until_on) order by id")) {
                query.setObject(1, today);
                query.setObject(2, today);
                try (java.sql.ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
        List<ExpenseRow> created = new ArrayList<>();
        for (long id : seriesIds) {
            created.addAll(createDueOf(id, today));
        }
        created.sort((a, b) -> a.date().compareTo(b.date()));
        return created;
    }

    private List<ExpenseRow> createDueOf(long seriesId, LocalDate today) {
        try {
            return createMissing(seriesId, today);
        } catch (ConstraintViolationException | OptimisticLockException | StaleStateException another) {
            // Another Outlay created some of these at the same moment; ours rolled back. Look again.
            log.info("Occurrences of series {} were created elsewhere meanwhile; checking again", seriesId);
            return createMissing(seriesId, today);
        }
    }

    /** One transaction per series: all of its missing occurrences, or none. */
    private List<ExpenseRow> createMissing(long seriesId, LocalDate today) {
        return database.sessionFactory().fromTransaction(session -> {
            Recurrence series = session.find(Recurrence.class, seriesId);
            List<Long> ids = createDue(session, series, today, new ChangeRecorder(session, database.appSession()));
            return ids.stream().map(id -> queries.findRow(session, id)).toList();
        });
    }

    /**
     * Creates the occurrences of {@code series} due up to {@code today} in the caller's transaction, and moves the
     * series' "created through" date on, so none is created twice. Also used when a series is saved with a start in
     * the past: its missed occurrences are there at once, not only at the next start.
     *
     * @return the ids of the expenses created, oldest first
     */
    public static List<Long> createDue(Session session, Recurrence series, LocalDate today, ChangeRecorder history) {
        List<Long> ids = new ArrayList<>();
        ExpenseDetails template = series.template();
        EntryKind kind = kindOf(session, series);
        for (LocalDate date : series.takeDueDates(today)) {
            Expense expense = new Expense(new ExpenseDetails(date, template.description(), template.amount(),
                    template.categoryId(), template.notes(), kind, null), series.getCategory());
            expense.belongTo(series, date);
            session.persist(expense);
            session.flush();
            history.inserted(expense);
            ids.add(expense.getId());
        }
        session.flush();
        if (!ids.isEmpty()) {
            KeptTotals.inserted(session, ids);
        }
        return ids;
    }

    /**
     * The kind a series repeats: that of its latest occurrence (a monthly salary stays income), an expense when it
     * has none left; a category of the other side (changed since) decides instead, so an entry always fits its category.
     */
    private static EntryKind kindOf(Session session, Recurrence series) {
        EntryKind kind = session.createSelectionQuery("select e.kind from Expense e where e.recurrence = :series "
                        + "order by e.occurrenceOn desc, e.id desc", EntryKind.class)
                .setParameter("series", series).setMaxResults(1).getResultStream().findFirst().orElse(EntryKind.EXPENSE);
        Category category = series.getCategory();
        if (category != null && !category.fits(kind)) {
            return category.isIncome() ? EntryKind.INCOME : EntryKind.EXPENSE;
        }
        return kind;
    }

    /**
     * The expenses of a series other than {@code expenseId}, oldest first: for a series just saved, the occurrences
     * its save filled in, which the window lists for the user.
     */
    public List<ExpenseRow> occurrencesBesides(long seriesId, long expenseId) {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "select e.id from Expense e where e.recurrence.id = :series and e.id <> :expense order by e.spentOn, e.id", Long.class)
                .setParameter("series", seriesId).setParameter("expense", expenseId).getResultList()
                .stream().map(id -> queries.findRow(session, id)).toList());
    }
}
