package app.outlay.service;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Recurrence;
import jakarta.persistence.OptimisticLockException;
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
        List<Long> seriesIds = database.sessionFactory().fromTransaction(session -> session
                // Only series with something possibly due: an ended or up-to-date series would cost a transaction
                // per call for nothing (the soak test showed this dominating with many finished series).
                .createSelectionQuery("select r.id from Recurrence r where r.startsOn <= :today and r.generatedThrough < :today "
                        + "and (r.untilOn is null or r.generatedThrough < r.untilOn) order by r.id", Long.class)
                .setParameter("today", today).getResultList());
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
            List<Long> ids = new ArrayList<>();
            ChangeRecorder history = new ChangeRecorder(session, database.appSession());
            ExpenseDetails template = series.template();
            for (LocalDate date : series.takeDueDates(today)) {
                Expense expense = new Expense(new ExpenseDetails(date, template.description(), template.amount(),
                        template.categoryId(), template.notes()), series.getCategory());
                expense.belongTo(series, date);
                session.persist(expense);
                session.flush();
                history.inserted(expense);
                ids.add(expense.getId());
            }
            session.flush();
            return ids.stream().map(id -> queries.findRow(session, id)).toList();
        });
    }
}
