package app.outlay.service.expense;

import app.outlay.service.attachment.AttachmentRow;
import app.outlay.service.attachment.AttachmentStore;
import app.outlay.service.split.SplitLinks;
import app.outlay.service.tag.TagLinks;
import app.outlay.domain.TagNames;
import org.hibernate.Session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An expense's tags and receipts as its history entries keep them, so that undo puts them back with the rest:
 * {@code tags} (the CSV form, {@code trip;work}), {@code receipts} (the file names, for people to read) and
 * {@code attachments} (one line per attachment: id, SHA-256, size, media type, time added, name, for undo) and
 * {@code splits} (the parts of a split payment, see {@link SplitHistory}).
 */
public final class ExpenseExtras {

    public static final String TAGS = "tags";
    static final String RECEIPTS = "receipts";
    static final String ATTACHMENTS = "attachments";

    private ExpenseExtras() {
    }

    /** The extra values of one expense as it is now in this transaction. */
    public static Map<String, String> of(Session session, long expenseId) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> tags = TagLinks.of(session, expenseId);
        List<AttachmentRow> attachments = AttachmentStore.of(session, expenseId);
        values.put(TAGS, tags.isEmpty() ? null : TagNames.join(tags));
        values.put(RECEIPTS, attachments.isEmpty() ? null : String.join(", ", attachments.stream().map(AttachmentRow::name).toList()));
        values.put(ATTACHMENTS, attachments.isEmpty() ? null : String.join("\n", attachments.stream().map(ExpenseExtras::line).toList()));
        values.put(SplitHistory.SPLITS, SplitHistory.write(session, SplitLinks.of(session, expenseId)));
        return values;
    }

    /** The expense's snapshot for the history with its tags and receipts. */
    public static Map<String, String> withExtras(Map<String, String> snapshot, Session session, long expenseId) {
        Map<String, String> values = new LinkedHashMap<>(snapshot);
        values.putAll(of(session, expenseId));
        return values;
    }

    /**
     * Gives the expense the tags and receipts {@code values} name (those of a history entry written before tags
     * existed name none, and leave them as they are).
     */
    public static void restore(Session session, long expenseId, Map<String, String> values) {
        if (values.containsKey(TAGS)) {
            TagLinks.set(session, expenseId, TagNames.parse(values.get(TAGS)));
        }
        if (values.containsKey(SplitHistory.SPLITS)) {
            // Entries written before splits existed name no parts and leave them as they are.
            SplitLinks.set(session, expenseId, SplitHistory.read(session, values.get(SplitHistory.SPLITS)));
        }
        if (values.containsKey(ATTACHMENTS)) {
            List<AttachmentRow> wanted = parse(expenseId, values.get(ATTACHMENTS));
            Set<Long> wantedIds = new HashSet<>(wanted.stream().map(AttachmentRow::id).toList());
            List<AttachmentRow> now = AttachmentStore.of(session, expenseId);
            Set<Long> nowIds = new HashSet<>(now.stream().map(AttachmentRow::id).toList());
            session.doWork(connection -> {
                for (AttachmentRow row : now) {
                    if (!wantedIds.contains(row.id())) {
                        AttachmentStore.unlink(connection, row.id());
                    }
                }
                for (AttachmentRow row : wanted) {
                    // The content stays stored after its last attachment went (AttachmentStore), so it is there.
                    if (!nowIds.contains(row.id()) && AttachmentStore.contentExists(connection, row.sha256())) {
                        AttachmentStore.link(connection, row);
                    }
                }
            });
        }
    }

    private static String line(AttachmentRow row) {
        // '|' appears in none of the fields but the name, which comes last.
        return row.id() + "|" + row.sha256() + "|" + row.size() + "|" + row.mediaType() + "|" + row.addedAt() + "|" + row.name();
    }

    private static List<AttachmentRow> parse(long expenseId, String lines) {
        List<AttachmentRow> rows = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            return rows;
        }
        for (String line : lines.split("\n")) {
            String[] parts = line.split("\\|", 6);
            rows.add(new AttachmentRow(Long.parseLong(parts[0]), expenseId, parts[5], parts[3], Long.parseLong(parts[2]),
                    parts[1], Instant.parse(parts[4])));
        }
        return rows;
    }
}
