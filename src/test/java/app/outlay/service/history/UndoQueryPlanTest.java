package app.outlay.service.history;

import app.outlay.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Ctrl+Z would undo next is asked after every change ({@link UndoService#next()}). On H2 it must walk the
 * primary key back from the newest change and stop at the first match: through an index led by the entity column
 * (V4, reordered in V8) H2 read and sorted every expense change instead, 73 ms a call at 100,000 history rows.
 * PostgreSQL plans it well either way.
 */
class UndoQueryPlanTest {

    /** The SQL of {@link UndoService#next()}'s query (UndoLog.NEWEST). */
    private static final String NEWEST_UNDOABLE = "explain select id from change_log where entity = 'expense' and undone = false"
            + " and changed_by = ? and computer = ? order by id desc fetch first 1 rows only";

    @Test
    void theNewestUndoableChangeIsFoundByWalkingThePrimaryKeyBackwards() throws SQLException {
        try (Connection connection = TestDatabases.h2().dataSource().getConnection();
             PreparedStatement explain = connection.prepareStatement(NEWEST_UNDOABLE)) {
            explain.setString(1, "someone");
            explain.setString(2, "somewhere");
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                assertThat(plan.getString(1))
                        .contains("PRIMARY_KEY")
                        .contains("/* index sorted */")
                        .doesNotContain("IX_CHANGE_LOG_ENTITY");
            }
        }
    }
}
