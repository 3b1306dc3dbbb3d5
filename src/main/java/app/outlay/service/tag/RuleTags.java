package app.outlay.service.tag;

import app.outlay.domain.TagNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags rules add are kept by name (expense_rule.add_tags, V24): renaming or merging a tag rewrites the rules
 * that name it, in the caller's transaction, so they go on adding the tag under its new name. Rules are few.
 */
final class RuleTags {

    private RuleTags() {
    }

    /** Every rule that adds {@code oldName} (ignoring case) adds {@code newName} instead (once, where it had both). */
    static void rename(Connection connection, String oldName, String newName) throws SQLException {
        String oldKey = TagNames.key(oldName);
        Map<Long, String> rewritten = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select id, add_tags from expense_rule where add_tags is not null");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                List<String> tags = TagNames.parse(rs.getString(2));
                if (tags.stream().anyMatch(tag -> TagNames.key(tag).equals(oldKey))) {
                    List<String> renamed = new ArrayList<>();
                    tags.forEach(tag -> renamed.add(TagNames.key(tag).equals(oldKey) ? newName : tag));
                    rewritten.put(rs.getLong(1), TagNames.join(TagNames.distinct(renamed)));
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update expense_rule set add_tags = ?, version = version + 1 where id = ?")) {
            for (Map.Entry<Long, String> rule : rewritten.entrySet()) {
                update.setString(1, rule.getValue());
                update.setLong(2, rule.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
