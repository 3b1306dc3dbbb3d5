package app.outlay.service;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.SplitPart;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The parts of split payments, for the dialog and the list (saving goes through {@link ExpenseService} with the payment). */
public final class SplitService {

    private final DatabaseHolder database;

    public SplitService(DatabaseHolder database) {
        this.database = database;
    }

    /** The parts of one expense in their order; empty when it is not split. */
    public List<SplitPart> partsOf(long expenseId) {
        return database.sessionFactory().fromTransaction(session -> SplitLinks.of(session, expenseId));
    }

    /** The parts of those of {@code expenseIds} that are split (a page of the list), in their order. */
    public Map<Long, List<SplitPart>> partsOf(Collection<Long> expenseIds) {
        return database.sessionFactory().fromTransaction(session -> SplitLinks.of(session, expenseIds));
    }
}
