package app.outlay.service.importing;

import app.outlay.service.tag.TagLinks;
import org.hibernate.StatelessSession;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of an import's lines (Outlay's own file has a tags column): gathered while the expenses are inserted,
 * linked in the import's transaction once they are all written. Only lines with tags cost anything.
 */
final class ImportedTags {

    private final List<Long> expenseIds = new ArrayList<>();
    private final List<List<String>> tags = new ArrayList<>();

    void add(long expenseId, List<String> names) {
        if (names != null && !names.isEmpty()) {
            expenseIds.add(expenseId);
            tags.add(names);
        }
    }

    void link(StatelessSession session) {
        if (expenseIds.isEmpty()) {
            return;
        }
        // The expenses wait in Hibernate's JDBC batch: written first, so the links' foreign keys find them.
        session.unwrap(SharedSessionContractImplementor.class).getJdbcCoordinator().executeBatch();
        session.doWork(connection -> {
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement insert = connection.prepareStatement("insert into expense_tag (expense_id, tag_id) values (?, ?)")) {
                for (int i = 0; i < expenseIds.size(); i++) {
                    for (String name : tags.get(i)) {
                        insert.setLong(1, expenseIds.get(i));
                        insert.setLong(2, tagId(connection, name, ids));
                        insert.addBatch();
                    }
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private static long tagId(Connection connection, String name, Map<String, Long> ids) throws java.sql.SQLException {
        String key = app.outlay.domain.TagNames.key(name);
        Long id = ids.get(key);
        if (id == null) {
            id = TagLinks.idOf(connection, name);
            ids.put(key, id);
        }
        return id;
    }
}
