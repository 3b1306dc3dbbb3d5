package app.outlay.bench;

import app.outlay.domain.Category;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.service.importing.ImportService;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

import java.util.HashMap;
import java.util.Map;

/**
 * The import's insert alone: the same rows as {@link RawJdbcInsert}, already in memory, inserted as the import
 * inserts them (a stateless session, JDBC batches of {@link ImportService#BATCH_SIZE}, one transaction) but with no
 * file to read, check or look duplicates up for. Against the raw JDBC baseline it shows what Hibernate itself costs;
 * against the import, what the import's own work costs.
 */
final class HibernateInsert {

    private HibernateInsert() {
    }

    static void insert(BenchDatabase db, SyntheticExpenses rows) {
        try (app.outlay.data.BulkWrites.Running bulk = db.database().bulkWrite();
             StatelessSession session = db.database().sessionFactory().openStatelessSession()) {
            session.setJdbcBatchSize(ImportService.BATCH_SIZE);
            Transaction transaction = session.beginTransaction();
            try {
                Map<String, Category> categories = new HashMap<>();
                for (Category category : session.createSelectionQuery("from Category", Category.class).getResultList()) {
                    categories.put(Category.keyOf(category.getName()), category);
                }
                for (long i = 0; i < rows.count(); i++) {
                    SyntheticExpenses.Row row = rows.row(i);
                    Category category = row.category() == null ? null : categories.get(Category.keyOf(row.category()));
                    Expense expense = new Expense(new ExpenseDetails(row.date(), row.description(), row.amount(),
                            category == null ? null : category.getId(), row.notes()), category);
                    expense.stampCreation();
                    session.insert(expense);
                }
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        }
    }
}
