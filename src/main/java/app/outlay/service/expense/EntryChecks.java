package app.outlay.service.expense;

import app.outlay.domain.Category;
import app.outlay.domain.EntryKind;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.text.InvalidInputException;
import org.hibernate.Session;

/**
 * What an entry's kind asks of the rest of the ledger, checked before it is saved: income goes to an income
 * category, expenses and refunds to spending ones; a refund links (if at all) to an expense that exists.
 */
final class EntryChecks {

    private EntryChecks() {
    }

    /**
     * @param id the entry being changed, null for a new one (it cannot refund itself)
     * @throws InvalidInputException naming the category or the linked entry when they do not fit; nothing is saved
     */
    static void check(Session session, Long id, ExpenseDetails details, Category category) {
        EntryKind kind = details.kind();
        if (category != null && !category.fits(kind)) {
            throw InvalidInputException.of(kind == EntryKind.INCOME ? "problem.category.notIncome" : "problem.category.income",
                    category.getName());
        }
        if (details.refundOf() != null) {
            Expense refunded = details.refundOf().equals(id) ? null : session.find(Expense.class, details.refundOf());
            if (refunded == null || refunded.getKind() != EntryKind.EXPENSE) {
                throw InvalidInputException.of("problem.refundOf.notAnExpense", details.refundOf());
            }
        }
    }
}
