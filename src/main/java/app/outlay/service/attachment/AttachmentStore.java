package app.outlay.service.attachment;

import app.outlay.service.tag.Sequences;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Attachments inside the caller's transaction, in plain SQL. Only {@link #bytes} reads the {@code attachment_content}
 * table; every other query reads the small {@code attachment} rows. Contents are kept when their last attachment
 * goes, so that undoing the removal (or the deletion of the expense) can link them again.
 */
public final class AttachmentStore {

    private static final String COLUMNS = "id, expense_id, name, media_type, size_bytes, sha256, added_at";

    private AttachmentStore() {
    }

    public static List<AttachmentRow> of(Session session, long expenseId) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from attachment where expense_id = ? order by id")) {
                query.setLong(1, expenseId);
                return rows(query);
            }
        });
    }

    static AttachmentRow get(Session session, long attachmentId) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select " + COLUMNS + " from attachment where id = ?")) {
                query.setLong(1, attachmentId);
                List<AttachmentRow> rows = rows(query);
                return rows.isEmpty() ? null : rows.get(0);
            }
        });
    }

    /** Which of {@code expenseIds} have at least one attachment (the list's paperclip): no bytes are read. */
    static Set<Long> withAttachments(Session session, Collection<Long> expenseIds) {
        return session.doReturningWork(connection -> withAttachments(connection, expenseIds));
    }

    /** As {@link #withAttachments(Session, Collection)}, on a plain connection (the list reads without Hibernate). */
    static Set<Long> withAttachments(java.sql.Connection connection, Collection<Long> expenseIds) throws java.sql.SQLException {
        Set<Long> with = new HashSet<>();
        List<Long> ids = new ArrayList<>(expenseIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(slice.size(), "?"));
            try (PreparedStatement query = connection.prepareStatement(
                    "select distinct expense_id from attachment where expense_id in (" + marks + ")")) {
                for (int i = 0; i < slice.size(); i++) {
                    query.setLong(i + 1, slice.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        with.add(rs.getLong(1));
                    }
                }
            }
        }
        return with;
    }

    /** The file's bytes, stored once per content, or null when the attachment is gone. */
    static byte[] bytes(Session session, long attachmentId) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select c.bytes from attachment a join attachment_content c on c.sha256 = a.sha256 where a.id = ?")) {
                query.setLong(1, attachmentId);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
    }

    /** Stores the content unless the same bytes are stored already. */
    static void storeContent(Connection connection, String sha256, byte[] bytes) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select count(*) from attachment_content where sha256 = ?")) {
            exists.setString(1, sha256);
            try (ResultSet rs = exists.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into attachment_content (sha256, size_bytes, bytes) values (?, ?, ?)")) {
            insert.setString(1, sha256);
            insert.setLong(2, bytes.length);
            insert.setBytes(3, bytes);
            insert.executeUpdate();
        }
    }

    public static boolean contentExists(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select count(*) from attachment_content where sha256 = ?")) {
            exists.setString(1, sha256);
            try (ResultSet rs = exists.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Links stored content to an expense as a new attachment (id 0: a new one), or as {@code row} with its own id. */
    public static AttachmentRow link(Connection connection, AttachmentRow row) throws SQLException {
        long id = row.id() > 0 ? row.id() : Sequences.next(connection, "attachment_seq");
        // Microseconds: what both databases keep of a timestamp, so the row returned equals the row read back.
        Instant added = (row.addedAt() == null ? Instant.now() : row.addedAt()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement("insert into attachment (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, row.expenseId());
            insert.setString(3, row.name());
            insert.setString(4, row.mediaType());
            insert.setLong(5, row.size());
            insert.setString(6, row.sha256());
            insert.setObject(7, OffsetDateTime.ofInstant(added, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return new AttachmentRow(id, row.expenseId(), row.name(), row.mediaType(), row.size(), row.sha256(), added);
    }

    public static void unlink(Connection connection, long attachmentId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from attachment where id = ?")) {
            delete.setLong(1, attachmentId);
            delete.executeUpdate();
        }
    }

    private static List<AttachmentRow> rows(PreparedStatement query) throws SQLException {
        List<AttachmentRow> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime added = rs.getObject(7, OffsetDateTime.class);
                rows.add(new AttachmentRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6).strip(), added.toInstant()));
            }
        }
        return rows;
    }

}
