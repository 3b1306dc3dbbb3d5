package app.outlay.service.tag;

import app.outlay.domain.TagNames;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of expenses inside the caller's transaction: read, set, and create the tags a name list needs. Plain
 * SQL on the session's connection, so tags never load with an expense (the list asks for the page's tags at once).
 */
public final class TagLinks {

    private TagLinks() {
    }

    /** The tags of one expense, by name (ignoring case). */
    public static List<String> of(Session session, long expenseId) {
        return of(session, List.of(expenseId)).getOrDefault(expenseId, List.of());
    }

    /** The tags of each of {@code expenseIds} that has any, by name (ignoring case). */
    public static Map<Long, List<String>> of(Session session, Collection<Long> expenseIds) {
        if (expenseIds.isEmpty()) {
            return new HashMap<>();
        }
        return session.doReturningWork(connection -> of(connection, expenseIds));
    }

    /** As {@link #of(Session, Collection)}, on a plain connection (the rules' preview reads without Hibernate). */
    public static Map<Long, List<String>> of(Connection connection, Collection<Long> expenseIds) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        List<Long> ids = new ArrayList<>(expenseIds);
        // In slices, so a page of any size stays within every driver's limit on parameters.
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(slice.size(), "?"));
            try (PreparedStatement query = connection.prepareStatement("select l.expense_id, t.name from expense_tag l "
                    + "join tag t on t.id = l.tag_id where l.expense_id in (" + marks + ") order by l.expense_id, t.name_key")) {
                for (int i = 0; i < slice.size(); i++) {
                    query.setLong(i + 1, slice.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
        }
        return tags;
    }

    /**
     * Links the expense to each of {@code names} it does not carry yet (ignoring case), creating tags that do not
     * exist; never removes one. {@code ids} caches tag ids by key across calls of one transaction.
     */
    public static void add(Connection connection, long expenseId, Collection<String> have, Collection<String> names,
                    Map<String, Long> ids) throws SQLException {
        java.util.Set<String> present = new java.util.HashSet<>();
        have.forEach(name -> present.add(TagNames.key(name)));
        try (PreparedStatement insert = connection.prepareStatement("insert into expense_tag (expense_id, tag_id) values (?, ?)")) {
            boolean any = false;
            for (String name : TagNames.distinct(names)) {
                if (present.add(TagNames.key(name))) {
                    Long id = ids.get(TagNames.key(name));
                    if (id == null) {
                        id = idOf(connection, name);
                        ids.put(TagNames.key(name), id);
                    }
                    insert.setLong(1, expenseId);
                    insert.setLong(2, id);
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /** Gives the expense exactly these tags, creating the ones that do not exist yet. */
    public static void set(Session session, long expenseId, Collection<String> names) {
        List<String> wanted = TagNames.distinct(names);
        session.doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from expense_tag where expense_id = ?")) {
                delete.setLong(1, expenseId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into expense_tag (expense_id, tag_id) values (?, ?)")) {
                for (String name : wanted) {
                    insert.setLong(1, expenseId);
                    insert.setLong(2, idOf(connection, name));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The id of the tag {@code name} (ignoring case), created when there is none. */
    public static long idOf(Connection connection, String name) throws SQLException {
        Long existing = find(connection, name);
        if (existing != null) {
            return existing;
        }
        long id = Sequences.next(connection, "tag_seq");
        try (PreparedStatement insert = connection.prepareStatement("insert into tag (id, name, name_key, version) values (?, ?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setString(3, TagNames.key(name));
            insert.executeUpdate();
        }
        return id;
    }

    static Long find(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id from tag where name_key = ?")) {
            query.setString(1, TagNames.key(TagNames.check(name)));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
