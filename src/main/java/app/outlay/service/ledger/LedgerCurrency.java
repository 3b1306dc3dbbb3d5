package app.outlay.service.ledger;

import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Ledger;
import org.hibernate.Session;

import java.util.Currency;
import java.util.Optional;

/** The ledger's currency as entries in other currencies (issue 22) need it, inside the caller's transaction. */
public final class LedgerCurrency {

    private LedgerCurrency() {
    }

    static Optional<Currency> of(Session session) {
        return session.find(Ledger.class, Ledger.ID).getCurrency();
    }

    /**
     * An amount "paid in" the ledger's own currency is simply an amount in the ledger's currency: it is stored as
     * one (no currency, original or rate), so it never counts as foreign.
     */
    public static ExpenseDetails normalised(Session session, ExpenseDetails details) {
        if (details.paid() == null) {
            return details;
        }
        Optional<Currency> ledger = of(session);
        return ledger.isPresent() && ledger.get().equals(details.paid().currency()) ? details.withPaid(null) : details;
    }

    /** How many entries were paid in another currency than the ledger's. */
    static long foreignEntries(Session session) {
        return session.createSelectionQuery("select count(e) from Expense e where e.currency is not null", Long.class)
                .getSingleResult();
    }
}
