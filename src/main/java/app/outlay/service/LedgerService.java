package app.outlay.service;

import app.outlay.data.DatabaseHolder;

/** Facts about the ledger as a whole, for the status bar and {@code outlay db info}. */
public final class LedgerService {

    private final DatabaseHolder database;

    public LedgerService(DatabaseHolder database) {
        this.database = database;
    }

    public record Counts(long expenses, long categories) {
    }

    public Counts counts() {
        return database.sessionFactory().fromTransaction(session -> new Counts(
                session.createSelectionQuery("select count(e) from Expense e", Long.class).getSingleResult(),
                session.createSelectionQuery("select count(c) from Category c", Long.class).getSingleResult()));
    }
}
