package app.outlay.service.history;

import app.outlay.data.DatabaseHolder;
import app.outlay.domain.ChangeLogEntry;

import java.util.List;

/** The change log as the History panel shows it: newest first, for one expense or the whole ledger. */
public final class HistoryService {

    private final DatabaseHolder database;

    public HistoryService(DatabaseHolder database) {
        this.database = database;
    }

    /** Every change of one expense, newest first. */
    public List<ChangeRow> ofExpense(long expenseId) {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "from ChangeLogEntry c where c.entity = 'expense' and c.entityId = :id order by c.id desc", ChangeLogEntry.class)
                .setParameter("id", expenseId).getResultList().stream().map(HistoryService::row).toList());
    }

    /** The newest {@code limit} changes of the whole ledger. */
    public List<ChangeRow> ofLedger(int limit) {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                        "from ChangeLogEntry c order by c.id desc", ChangeLogEntry.class)
                .setMaxResults(limit).getResultList().stream().map(HistoryService::row).toList());
    }

    /** An undo's own entries are stored undone so that undo skips them; shown, they are the undo, not undone. */
    private static ChangeRow row(ChangeLogEntry entry) {
        boolean undo = ChangeRecorder.isUndo(entry.getBatchId());
        return new ChangeRow(entry.getId(), entry.getChangedAt(), entry.getChangedBy(), entry.getComputer(), entry.getEntity(),
                entry.getEntityId(), entry.getAction(), FlatJson.read(entry.getOldValues()), FlatJson.read(entry.getNewValues()),
                entry.isUndone() && !undo, undo);
    }

}
