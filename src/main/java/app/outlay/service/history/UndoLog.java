package app.outlay.service.history;

import app.outlay.data.AppSession;
import app.outlay.domain.ChangeLogEntry;
import app.outlay.text.UserText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The change log as undo reads it before it changes anything: what the next undo would do and where undo stops.
 * Plain SQL without Hibernate, since the undo menu is asked for as the window opens (see Database#read).
 */
final class UndoLog {

    /** The fields of a history entry that undo's menu and checks read. */
    record Line(long id, long batchId, String entity, String action, String oldValues, String newValues) {

        static Line of(ChangeLogEntry entry) {
            return new Line(entry.getId(), entry.getBatchId(), entry.getEntity(), entry.getAction(), entry.getOldValues(),
                    entry.getNewValues());
        }
    }

    private static final String COLUMNS = "select id, batch_id, entity, action, old_values, new_values from change_log where ";
    /** This user's newest change to expenses on this computer that is not undone yet. */
    private static final String NEWEST = COLUMNS + "entity = 'expense' and undone = false and changed_by = ? and computer = ?";
    /**
     * This user's newest import or change of the ledger's currency on this computer after a change to expenses.
     * Neither is undone (an import's history entry names the file and the count, not the rows; a currency change may
     * have converted every amount), and undo reaching past one to an older edit surprised: after two imports Ctrl+Z
     * quietly put back an amount typed before them, and after a conversion it would put back an amount in the old
     * currency. So undo stops there.
     */
    private static final String IMPORT_SINCE = COLUMNS
            + "entity in (?, ?) and changed_by = ? and computer = ? and id > ? order by id desc fetch first 1 rows only";

    private UndoLog() {
    }

    /** The database user, whose changes undo may reverse. */
    static String currentUser(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select current_user");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** This user's newest change to expenses not undone yet, leaving out those of {@code others} (open Outlays). */
    static Optional<Line> newest(Connection connection, String user, Set<String> others) throws SQLException {
        StringBuilder sql = new StringBuilder(NEWEST);
        if (!others.isEmpty()) {
            sql.append(" and (session_id is null or session_id not in (")
                    .append(String.join(", ", java.util.Collections.nCopies(others.size(), "?"))).append("))");
        }
        try (PreparedStatement query = connection.prepareStatement(sql.append(" order by id desc fetch first 1 rows only").toString())) {
            query.setString(1, user);
            query.setString(2, ChangeRecorder.computer());
            int i = 3;
            for (String other : others) {
                query.setString(i++, other);
            }
            return first(query);
        }
    }

    /** This user's newest import or currency change on this computer recorded after the history entry {@code since}. */
    static Optional<Line> importSince(Connection connection, String user, long since) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(IMPORT_SINCE)) {
            query.setString(1, ChangeRecorder.IMPORT);
            query.setString(2, ChangeRecorder.LEDGER);
            query.setString(3, user);
            query.setString(4, ChangeRecorder.computer());
            query.setLong(5, since);
            return first(query);
        }
    }

    /** The entries of one batch, oldest first. */
    static List<Line> batch(Connection connection, long batchId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(COLUMNS + "batch_id = ? order by id")) {
            query.setLong(1, batchId);
            return lines(query);
        }
    }

    /**
     * The other Outlays still open on this database, by session: those of this process, and on PostgreSQL those
     * whose connections are on the server now (their pool keeps connections open while they run).
     */
    static Set<String> otherOpenSessions(Connection connection, boolean postgres, AppSession own) throws SQLException {
        Set<String> open = new HashSet<>(AppSession.runningHere());
        if (postgres) {
            try (PreparedStatement query = connection.prepareStatement("select distinct application_name from pg_stat_activity "
                    + "where datname = current_database() and application_name like ?")) {
                query.setString(1, AppSession.APPLICATION_PREFIX + "%");
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        open.add(AppSession.fromApplicationName(rs.getString(1)));
                    }
                }
            }
        }
        open.remove(own.id());
        return open;
    }

    /** What undo says at {@code stop}: the import's file, or the change of the ledger's currency. */
    static UserText stop(Line stop, String importKey, String currencyKey) {
        return ChangeRecorder.IMPORT.equals(stop.entity())
                ? UserText.of(importKey, FlatJson.read(stop.newValues()).get("file")) : UserText.of(currencyKey);
    }

    /** The menu's words for undoing {@code batch}: "Undo delete of “Lunch”", "Undo edit of 3 expenses". */
    static UserText label(List<Line> batch) {
        // A deletion that let go of refunds linked to the expense is named by the deletion, not by those edits; an edit
        // that made an expense repeat, by the edit, not by the occurrences it added.
        Line oldest = batch.get(0);
        Line first = startedASeries(FlatJson.read(oldest.oldValues()), FlatJson.read(oldest.newValues())) ? oldest
                : batch.stream().filter(entry -> !"UPDATE".equals(entry.action())).findFirst().orElse(oldest);
        String verb = switch (first.action()) {
            case "INSERT" -> "add";
            case "UPDATE" -> "edit";
            default -> "delete";
        };
        long count = batch.stream().filter(entry -> entry.action().equals(first.action())).count();
        if (count > 1) {
            return UserText.of("undo." + verb + ".many", count);
        }
        Map<String, String> values = FlatJson.read(first.newValues() != null ? first.newValues() : first.oldValues());
        return UserText.of("undo." + verb + ".one", values.get("description"));
    }

    /** True for the values of an edit that made an expense repeat (an entry from before series were logged: false). */
    static boolean startedASeries(Map<String, String> before, Map<String, String> after) {
        return before != null && after != null && before.containsKey("seriesId") && before.get("seriesId") == null
                && after.get("seriesId") != null;
    }

    private static Optional<Line> first(PreparedStatement query) throws SQLException {
        return lines(query).stream().findFirst();
    }

    private static List<Line> lines(PreparedStatement query) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                lines.add(new Line(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
            }
        }
        return lines;
    }
}
