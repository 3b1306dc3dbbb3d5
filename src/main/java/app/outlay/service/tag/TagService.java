package app.outlay.service.tag;

import app.outlay.service.category.DuplicateNameException;
import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseExtras;
import app.outlay.service.history.ChangeRecorder;
import app.outlay.domain.TagNames;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Expense;
import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags: any number per expense, names unique ignoring case ({@link TagNames}). Changing an expense's tags is an
 * edit of the expense (history, undo). Renaming, merging and deleting a tag are changes of the ledger's tags,
 * recorded in the history like those of categories.
 */
public final class TagService {

    public static final String TAG = "tag";

    private final DatabaseHolder database;

    public TagService(DatabaseHolder database) {
        this.database = database;
    }

    /**
     * Every tag with the number of entries carrying it, by name: an entry counts once whether it carries the tag itself
     * or on one or more parts of its split (issue 21), so deleting the tag says how many entries lose it.
     */
    public List<TagCount> all() {
        return database.read(connection -> {
            List<TagCount> tags = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select t.id, t.name, count(distinct l.expense_id) from tag t "
                    + "left join (select tag_id, expense_id from expense_tag union all select st.tag_id, s.expense_id "
                    + "from expense_split_tag st join expense_split s on s.id = st.split_id) l on l.tag_id = t.id "
                    + "group by t.id, t.name, t.name_key order by t.name_key");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    tags.add(new TagCount(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return tags;
        });
    }

    public List<String> tagsOf(long expenseId) {
        return database.read(connection -> TagLinks.of(connection, List.of(expenseId)).getOrDefault(expenseId, List.of()));
    }

    /** The tags of each of these expenses that has any (the list's chips for one page). */
    public Map<Long, List<String>> tagsOf(Collection<Long> expenseIds) {
        return database.read(connection -> TagLinks.of(connection, expenseIds));
    }

    /** Gives the expense exactly these tags (new names become new tags); one undoable step. */
    public List<String> setTags(long expenseId, Collection<String> names) {
        List<String> checked = TagNames.distinct(names);
        return database.sessionFactory().fromTransaction(session -> {
            Expense expense = session.find(Expense.class, expenseId);
            if (expense == null) {
                throw ChangedElsewhereException.deleted(UserText.of("problem.expense.deleted"));
            }
            Map<String, String> before = ExpenseExtras.withExtras(ChangeRecorder.snapshot(expense), session, expenseId);
            TagLinks.set(session, expenseId, checked);
            Map<String, String> after = ExpenseExtras.withExtras(ChangeRecorder.snapshot(expense), session, expenseId);
            if (!before.equals(after)) {
                new ChangeRecorder(session, database.appSession()).extrasChanged(expenseId, before, after);
            }
            return TagLinks.of(session, expenseId);
        });
    }

    /**
     * Renames a tag. A name another tag has (ignoring case) is refused: that is a merge, which the caller asks for
     * with {@link #merge}. Changing only the case ("rome" to "Rome") is a rename.
     */
    public void rename(long tagId, String newName) {
        String name = TagNames.check(newName);
        database.sessionFactory().inTransaction(session -> session.doWork(connection -> {
            String old = name(session, tagId);
            Long other = TagLinks.find(connection, name);
            if (other != null && other != tagId) {
                throw new DuplicateNameException(UserText.of("problem.tag.exists", name));
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update tag set name = ?, name_key = ?, version = version + 1 where id = ?")) {
                update.setString(1, name);
                update.setString(2, TagNames.key(name));
                update.setLong(3, tagId);
                update.executeUpdate();
            }
            RuleTags.rename(connection, old, name);
            new ChangeRecorder(session, database.appSession()).tag("UPDATE", tagId, Map.of("name", old), Map.of("name", name));
        }));
    }

    /** Moves every expense of tag {@code fromId} to tag {@code intoId} and deletes {@code fromId}. */
    public void merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw InvalidInputException.of("problem.tag.mergeItself");
        }
        database.sessionFactory().inTransaction(session -> {
            String from = name(session, fromId);
            String into = name(session, intoId);
            session.doWork(connection -> {
                // Expenses carrying both keep one link.
                try (PreparedStatement move = connection.prepareStatement("insert into expense_tag (expense_id, tag_id) "
                        + "select l.expense_id, ? from expense_tag l where l.tag_id = ? and not exists "
                        + "(select 1 from expense_tag m where m.expense_id = l.expense_id and m.tag_id = ?)")) {
                    move.setLong(1, intoId);
                    move.setLong(2, fromId);
                    move.setLong(3, intoId);
                    move.executeUpdate();
                }
                delete(connection, fromId);
                RuleTags.rename(connection, from, into);
            });
            Map<String, String> before = new LinkedHashMap<>();
            before.put("name", from);
            before.put("mergedInto", into);
            new ChangeRecorder(session, database.appSession()).tag("DELETE", fromId, before, null);
        });
    }

    /**
     * Deletes a tag; the expenses that carried it keep everything else. Rules that add it keep its name (V24): the
     * tag comes back when such a rule next applies, until the rule is edited.
     */
    public void delete(long tagId) {
        database.sessionFactory().inTransaction(session -> {
            String name = name(session, tagId);
            session.doWork(connection -> delete(connection, tagId));
            new ChangeRecorder(session, database.appSession()).tag("DELETE", tagId, Map.of("name", name), null);
        });
    }

    /**
     * Tagged amounts between two dates (four parameters: from, to, from, to): each tagged entry with its kind and amount, and
     * each tagged part of a split payment with the part's amount (issue 21) unless the payment carries that tag itself
     * (it is counted whole then, and its part is not counted twice).
     */
    private static final String TAGGED = "select l.tag_id as tag_id, e.kind as kind, e.amount as amount from expense_tag l "
            + "join expense e on e.id = l.expense_id where e.spent_on >= ? and e.spent_on <= ? "
            + "union all select l.tag_id, e.kind, s.amount from expense_split_tag l join expense_split s on s.id = l.split_id "
            + "join expense e on e.id = s.expense_id where e.spent_on >= ? and e.spent_on <= ? "
            + "and not exists (select 1 from expense_tag o where o.expense_id = e.id and o.tag_id = l.tag_id)";

    /**
     * What the expenses carrying each tag add up to from {@code from} to {@code to} (both included), summed by the
     * database as the category totals are: refunds count against it, income is left out (a tag only income carries
     * is too). Tags no expense of the period carries are left out. An expense with two tags counts under both.
     */
    public List<TagTotal> totals(LocalDate from, LocalDate to) {
        return database.sessionFactory().fromTransaction(session -> session.doReturningWork(connection -> {
            List<TagTotal> totals = new ArrayList<>();
            // Spending as every total counts it (ExpenseQueries.SPENT): expenses less refunds, income left out.
            try (PreparedStatement query = connection.prepareStatement("select t.id, t.name, count(*), sum(case when x.kind = 'REFUND' "
                    + "then -x.amount else x.amount end) as spent from (" + TAGGED + ") x join tag t on t.id = x.tag_id "
                    + "where x.kind <> 'INCOME' group by t.id, t.name, t.name_key order by spent desc, t.name_key")) {
                for (int i = 1; i <= 4; i += 2) {
                    query.setObject(i, from);
                    query.setObject(i + 1, to);
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        totals.add(new TagTotal(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4).setScale(2)));
                    }
                }
            }
            return totals;
        }));
    }

    private static void delete(java.sql.Connection connection, long tagId) throws java.sql.SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from tag where id = ?")) {
            delete.setLong(1, tagId);
            delete.executeUpdate();
        }
    }

    private static String name(Session session, long tagId) {
        String name = session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select name from tag where id = ?")) {
                query.setLong(1, tagId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (name == null) {
            throw ChangedElsewhereException.deleted(UserText.of("problem.tag.gone"));
        }
        return name;
    }
}
