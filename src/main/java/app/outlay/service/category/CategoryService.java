package app.outlay.service.category;

import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.history.ChangeRecorder;
import app.outlay.text.ExplainedException;
import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Category;
import app.outlay.domain.Colours;
import app.outlay.totals.KeptTotals;

import org.hibernate.Session;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Categories: listing, creating, renaming, recolouring, budgets, merging and deleting. Names are unique ignoring
 * case. Moving expenses between categories bumps their versions, so an open edit elsewhere notices the change.
 */
public final class CategoryService {

    private final DatabaseHolder database;

    public CategoryService(DatabaseHolder database) {
        this.database = database;
    }

    /** By name. Plain SQL without Hibernate: the window asks for it as it opens (see Database#read). */
    public List<CategoryRow> list() {
        return database.read(connection -> {
            List<CategoryRow> rows = new java.util.ArrayList<>();
            try (java.sql.Statement query = connection.createStatement();
                 java.sql.ResultSet rs = query.executeQuery("select id, name, colour, income from category order by name_key")) {
                while (rs.next()) {
                    rows.add(new CategoryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
            return rows;
        });
    }

    /**
     * Every category with its budget and the number of entries in it, by name: a split payment with parts in it counts
     * once (it has no category of its own, so the two counts never hold the same entry).
     */
    public List<CategorySummary> summaries() {
        return database.sessionFactory().fromTransaction(session -> session.createSelectionQuery(
                "select new app.outlay.service.category.CategorySummary(c.id, c.name, c.colour, c.monthlyBudget, "
                        + "(select count(e) from Expense e where e.category = c) "
                        + "+ (select count(distinct s.expense.id) from ExpenseSplit s where s.category = c), c.income) "
                        + "from Category c order by c.nameKey",
                CategorySummary.class).getResultList());
    }

    /** Creates a spending category; with no colour given, the palette colour most unlike those in use. */
    public CategoryRow create(String name, String colour) {
        return create(name, colour, false);
    }

    /** Creates a category of income ({@code income} true) or of spending. */
    public CategoryRow create(String name, String colour, boolean income) {
        return database.sessionFactory().fromTransaction(session -> {
            requireFreeName(session, name, null);
            Category category = new Category(name, colour != null ? colour : Colours.mostDistinctFrom(
                    session.createSelectionQuery("select c.colour from Category c", String.class).getResultList()), income);
            session.persist(category);
            session.flush();
            new ChangeRecorder(session, database.appSession()).category("INSERT", category.getId(), null, ChangeRecorder.snapshot(category));
            return row(category);
        });
    }

    public CategoryRow rename(long id, String newName) {
        return database.sessionFactory().fromTransaction(session -> {
            requireFreeName(session, newName, id);
            return row(change(session, id, category -> category.rename(newName)));
        });
    }

    public CategoryRow recolour(long id, String colour) {
        return database.sessionFactory().fromTransaction(session -> row(change(session, id, category -> category.recolour(colour))));
    }

    /**
     * Sets the monthly budget of a category; null removes it. A budget is a limit on spending: an income category has
     * none (one set on Salary was added to the spending budgets' total, and the panel said 0 of 3,000 were spent).
     */
    public void setBudget(long id, BigDecimal monthlyBudget) {
        database.sessionFactory().inTransaction(session -> change(session, id, category -> {
            if (category.isIncome() && monthlyBudget != null) {
                throw new InvalidInputException(UserText.of("problem.budget.income", category.getName()));
            }
            category.budget(monthlyBudget);
        }));
    }

    /** Changes a category in the caller's transaction; its history keeps it as it was and as it is now. */
    private Category change(Session session, long id, Consumer<Category> change) {
        Category category = existing(session, id);
        Map<String, String> before = ChangeRecorder.snapshot(category);
        change.accept(category);
        new ChangeRecorder(session, database.appSession()).category("UPDATE", id, before, ChangeRecorder.snapshot(category));
        return category;
    }

    private static CategoryRow row(Category category) {
        return new CategoryRow(category.getId(), category.getName(), category.getColour(), category.isIncome());
    }

    /** Moves every expense (and recurring expense) of {@code fromId} into {@code intoId}, then deletes {@code fromId}. */
    public int merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw InvalidInputException.of("problem.category.mergeIntoItself");
        }
        return database.sessionFactory().fromTransaction(session -> {
            Category from = existing(session, fromId);
            Category into = existing(session, intoId);
            requireSameSide(from, into);
            int moved = move(session, from, into);
            Map<String, String> gone = ChangeRecorder.snapshot(from);
            gone.put("mergedInto", into.getName());
            new ChangeRecorder(session, database.appSession()).category("DELETE", fromId, gone, null);
            session.remove(from);
            return moved;
        });
    }

    /**
     * Deletes a category. One that still has expenses is deleted only when {@code reassignToId} says where they go.
     *
     * @throws IllegalStateException when it has expenses and no destination was given
     */
    public void delete(long id, Long reassignToId) {
        database.sessionFactory().inTransaction(session -> {
            Category category = existing(session, id);
            long count = entries(session, category);
            if (count > 0 && reassignToId == null) {
                throw new ExplainedException(UserText.of("problem.category.stillUsed", category.getName(), count));
            }
            if (reassignToId != null) {
                if (reassignToId == id) {
                    throw InvalidInputException.of("problem.category.moveToItself");
                }
                Category into = existing(session, reassignToId);
                requireSameSide(category, into);
                move(session, category, into);
            }
            session.createMutationQuery("update Recurrence r set r.category = null where r.category = :c")
                    .setParameter("c", category).executeUpdate();
            new ChangeRecorder(session, database.appSession()).category("DELETE", id, ChangeRecorder.snapshot(category), null);
            session.remove(category);
        });
    }

    /** How many entries use the category: its expenses and the split payments (issue 21) with a part in it, each once. */
    private static long entries(Session session, Category category) {
        return session.createSelectionQuery("select count(e) from Expense e where e.category = :c", Long.class)
                .setParameter("c", category).getSingleResult()
                + session.createSelectionQuery("select count(distinct s.expense.id) from ExpenseSplit s where s.category = :c",
                Long.class).setParameter("c", category).getSingleResult();
    }

    private static int move(Session session, Category from, Category into) {
        session.createMutationQuery("update Recurrence r set r.category = :into, r.version = r.version + 1 where r.category = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        // The parts of split payments in it go along (issue 21); their rows are written as plain SQL, like elsewhere.
        int parts = session.createNativeMutationQuery("update expense_split set category_id = :into where category_id = :from")
                .setParameter("into", into.getId()).setParameter("from", from.getId()).executeUpdate();
        int moved = parts + session.createMutationQuery(
                        "update Expense e set e.category = :into, e.version = e.version + 1 where e.category = :from")
                .setParameter("into", into).setParameter("from", from).executeUpdate();
        // Both categories' kept totals summed again from their rows (V28); the totals of every entry stay as they are.
        KeptTotals.rebuildCategories(session, List.of(from.getId(), into.getId()));
        return moved;
    }

    /** Entries of an income category cannot move into a spending one, nor the other way round. */
    private static void requireSameSide(Category from, Category into) {
        if (from.isIncome() != into.isIncome()) {
            throw InvalidInputException.of(from.isIncome() ? "problem.category.income.moveToSpending"
                    : "problem.category.spending.moveToIncome", from.getName(), into.getName());
        }
    }

    private static void requireFreeName(Session session, String name, Long exceptId) {
        Category clash = session.createSelectionQuery("from Category c where c.nameKey = :key", Category.class)
                .setParameter("key", Category.keyOf(name)).getSingleResultOrNull();
        if (clash != null && !clash.getId().equals(exceptId)) {
            throw new DuplicateNameException(UserText.of("problem.category.duplicate", clash.getName()));
        }
    }

    private static Category existing(Session session, long id) {
        Category category = session.find(Category.class, id);
        if (category == null) {
            throw new ChangedElsewhereException(UserText.of("problem.category.deleted"));
        }
        return category;
    }
}
