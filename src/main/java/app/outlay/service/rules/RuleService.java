package app.outlay.service.rules;

import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.data.DatabaseHolder;
import app.outlay.data.DatabaseSettings;
import app.outlay.domain.TagNames;
import app.outlay.rules.AutoFill;
import app.outlay.rules.MatchType;
import app.outlay.rules.Rule;
import app.outlay.rules.RuleMatcher;
import app.outlay.rules.Suggester;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's rules (table expense_rule, V19; the tags they add, V24): list, add, edit, delete, reorder, switch on and off, and what they
 * and the history say about descriptions. Plain JDBC, one short transaction per call; returns records.
 */
public final class RuleService {

    private static final String COLUMNS = "r.id, r.position, r.enabled, r.name, r.match_type, r.match_text, r.amount_min, "
            + "r.amount_max, r.kind, r.set_category_id, c.name, r.set_description, r.add_note, r.version, r.add_tags";
    private static final String SELECT = "select " + COLUMNS + " from expense_rule r left join category c on c.id = r.set_category_id";
    /** How far back the history that suggestions learn from goes: older habits weigh almost nothing anyway. */
    static final int HISTORY_YEARS = 3;

    private final DatabaseHolder database;

    public RuleService(DatabaseHolder database) {
        this.database = database;
    }

    /** Every rule, in order. */
    public List<Rule> list() {
        return withConnection(false, connection -> {
            List<Rule> rules = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT + " order by r.position, r.id");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rules.add(read(rs));
                }
            }
            return rules;
        });
    }

    public Rule get(long id) {
        return withConnection(false, connection -> find(connection, id));
    }

    /** The enabled rules, ready to match. */
    public RuleMatcher matcher() {
        return new RuleMatcher(list());
    }

    /** The enabled rules, then the learning from the history: what an import fills lines in with. */
    public AutoFill autoFill() {
        return new AutoFill(matcher(), suggester());
    }

    /** Saves a new rule at the end of the list. */
    public Rule add(Rule draft) {
        return addAll(List.of(draft)).get(0);
    }

    /** Adds several rules at the end, in their order, all or none (an import of a rules file). */
    public List<Rule> addAll(List<Rule> drafts) {
        return withConnection(true, connection -> {
            List<Rule> added = new ArrayList<>();
            for (Rule draft : drafts) {
                long id = nextId(connection);
                requireCategory(connection, draft);
                try (PreparedStatement insert = connection.prepareStatement("insert into expense_rule (id, position, enabled, name, "
                        + "match_type, match_text, amount_min, amount_max, kind, set_category_id, set_description, add_note, add_tags, version) "
                        + "values (?, (select coalesce(max(position), 0) + 1 from expense_rule), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
                    insert.setLong(1, id);
                    insert.setBoolean(2, draft.enabled());
                    bindDetails(insert, 3, draft);
                    insert.executeUpdate();
                }
                added.add(find(connection, id));
            }
            return added;
        });
    }

    /**
     * Saves new conditions and actions (and the switch) for a rule, provided nobody changed it since it was read.
     *
     * @throws ChangedElsewhereException when it was changed or deleted meanwhile (nothing is saved)
     */
    public Rule update(Rule rule) {
        return withConnection(true, connection -> {
            requireCategory(connection, rule);
            try (PreparedStatement update = connection.prepareStatement("update expense_rule set enabled = ?, name = ?, "
                    + "match_type = ?, match_text = ?, amount_min = ?, amount_max = ?, kind = ?, set_category_id = ?, "
                    + "set_description = ?, add_note = ?, add_tags = ?, version = version + 1 where id = ? and version = ?")) {
                update.setBoolean(1, rule.enabled());
                int next = bindDetails(update, 2, rule);
                update.setLong(next, rule.id());
                update.setLong(next + 1, rule.version());
                if (update.executeUpdate() != 1) {
                    throw new ChangedElsewhereException(UserText.of("problem.rules.changed", rule.label()));
                }
            }
            return find(connection, rule.id());
        });
    }

    public Rule setEnabled(long id, boolean enabled) {
        return withConnection(true, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update expense_rule set enabled = ?, version = version + 1 where id = ?")) {
                update.setBoolean(1, enabled);
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw ChangedElsewhereException.deleted(UserText.of("problem.rules.deleted"));
                }
            }
            return find(connection, id);
        });
    }

    public void delete(long id) {
        withConnection(true, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from expense_rule where id = ?")) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            renumber(connection, null, 0);
            return null;
        });
    }

    /** Moves a rule to {@code position} (1 first; beyond the end is the end); the others close up around it. */
    public List<Rule> move(long id, int position) {
        withConnection(true, connection -> {
            find(connection, id);
            renumber(connection, id, Math.max(1, position));
            return null;
        });
        return list();
    }

    /** How many expenses of the ledger this rule matches, whatever its place or switch ("matches 143 expenses"). */
    public long countMatches(Rule rule) {
        RuleMatcher one = new RuleMatcher(List.of(rule.withEnabled(true)));
        return withConnection(false, connection -> {
            long matched = 0;
            try (PreparedStatement query = connection.prepareStatement("select description, amount, kind from expense")) {
                query.setFetchSize(1_000);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (one.match(rs.getString(1), rs.getBigDecimal(2), rs.getString(3).strip()) != null) {
                            matched++;
                        }
                    }
                }
            }
            return matched;
        });
    }

    /**
     * What suggestions learn from: the categorised expenses (not refunds or income) of the last {@link #HISTORY_YEARS} years, counted by
     * the database per description, category and month (the month dates them for the recency weight).
     */
    public Suggester suggester() {
        LocalDate since = LocalDate.now().minusYears(HISTORY_YEARS);
        return withConnection(false, connection -> {
            List<Suggester.History> history = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("select e.description, e.category_id, c.name, count(*), "
                    + "max(e.spent_on) from expense e join category c on c.id = e.category_id where e.spent_on >= ? and e.kind = 'EXPENSE' "
                    + "group by e.description, e.category_id, c.name, extract(year from e.spent_on), extract(month from e.spent_on)")) {
                query.setObject(1, since);
                query.setFetchSize(1_000);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        history.add(new Suggester.History(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                                rs.getObject(5, LocalDate.class)));
                    }
                }
            }
            return new Suggester(history);
        });
    }

    /** Positions 1..n in the current order, with {@code moved} (if any) put at {@code position}. */
    private static void renumber(Connection connection, Long moved, int position) throws SQLException {
        List<Long> order = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select id from expense_rule order by position, id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                if (moved == null || rs.getLong(1) != moved) {
                    order.add(rs.getLong(1));
                }
            }
        }
        if (moved != null) {
            order.add(Math.min(position - 1, order.size()), moved);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update expense_rule set position = ?, version = version + 1 where id = ? and position <> ?")) {
            for (int i = 0; i < order.size(); i++) {
                update.setInt(1, i + 1);
                update.setLong(2, order.get(i));
                update.setInt(3, i + 1);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static int bindDetails(PreparedStatement statement, int first, Rule rule) throws SQLException {
        int i = first;
        statement.setString(i++, rule.name());
        statement.setString(i++, rule.matchType() == null ? null : rule.matchType().name());
        statement.setString(i++, rule.matchText());
        statement.setObject(i++, rule.amountMin(), Types.NUMERIC);
        statement.setObject(i++, rule.amountMax(), Types.NUMERIC);
        statement.setString(i++, rule.kind());
        statement.setObject(i++, rule.categoryId(), Types.BIGINT);
        statement.setString(i++, rule.description());
        statement.setString(i++, rule.note());
        statement.setString(i++, rule.tags().isEmpty() ? null : TagNames.join(rule.tags()));
        return i;
    }

    private static void requireCategory(Connection connection, Rule rule) throws SQLException {
        if (rule.categoryId() == null) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("select count(*) from category where id = ?")) {
            query.setLong(1, rule.categoryId());
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new ChangedElsewhereException(UserText.of("problem.category.chosenDeleted"));
                }
            }
        }
    }

    private static Rule find(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " where r.id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw ChangedElsewhereException.deleted(UserText.of("problem.rules.deleted"));
                }
                return read(rs);
            }
        }
    }

    private static Rule read(ResultSet rs) throws SQLException {
        String type = rs.getString(5);
        return new Rule(rs.getLong(1), rs.getInt(2), rs.getBoolean(3), rs.getString(4),
                type == null ? null : MatchType.valueOf(type.strip()), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getString(9), rs.getObject(10, Long.class), rs.getString(11), rs.getString(12), rs.getString(13),
                TagNames.parse(rs.getString(15)), rs.getLong(14));
    }

    private long nextId(Connection connection) throws SQLException {
        String sql = database.get().settings().kind() == DatabaseSettings.Kind.H2
                ? "select next value for expense_rule_seq" : "select nextval('expense_rule_seq')";
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(boolean writes, Work<T> work) {
        try (Connection connection = database.get().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(!writes);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.rules.unreadable", String.valueOf(e.getMessage())), e);
        }
    }
}
