package app.outlay.service.expense;

import app.outlay.service.recurrence.Repeat;
import app.outlay.domain.Category;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Recurrence;
import org.hibernate.Session;

/** Changing a series from one of its expenses, inside the caller's transaction. */
final class Series {

    private Series() {
    }

    static void change(Session session, Expense expense, ExpenseDetails details, Category category, Repeat repeat) {
        Recurrence series = expense.getRecurrence();
        if (series == null) {
            if (repeat.repeats()) {
                Recurrence created = new Recurrence(repeat.frequency(), details.date(), repeat.until(), details, category);
                session.persist(created);
                expense.belongTo(created, details.date());
            }
            return;
        }
        if (!repeat.repeats()) {
            series.stopAfter(details.date());
            return;
        }
        series.reschedule(repeat.frequency(), repeat.until());
        series.useTemplate(details, category);
    }
}
