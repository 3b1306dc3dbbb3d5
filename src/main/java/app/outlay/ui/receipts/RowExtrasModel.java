package app.outlay.ui.receipts;

import app.outlay.service.attachment.AttachmentService;
import app.outlay.service.tag.TagService;
import app.outlay.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list's chips and paperclips for the rows on screen: read for each page as it arrives, in ONE query for its
 * tags and one for which rows have receipts (never the receipts' bytes), so listing the expenses stays as fast
 * as it was. Rows without tags or receipts have no entry.
 */
public final class RowExtrasModel {

    /** What the list shows of an expense besides its own columns. */
    public record Extras(List<String> tags, boolean hasReceipts) {
        static final Extras NONE = new Extras(List.of(), false);
    }

    private final TagService tags;
    private final AttachmentService attachments;
    private final TaskRunner tasks;
    private final ObservableMap<Long, Extras> extras = FXCollections.observableHashMap();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();

    public RowExtrasModel(TagService tags, AttachmentService attachments, TaskRunner tasks) {
        this.tags = tags;
        this.attachments = attachments;
        this.tasks = tasks;
    }

    public Extras of(long expenseId) {
        return extras.getOrDefault(expenseId, Extras.NONE);
    }

    /**
     * Counts the loads that changed what the list shows: the table redraws its cells on each. A page without tags or
     * receipts changes nothing, and redrawing every cell for it was two more layouts of the whole table after the
     * first page at start-up.
     */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** Reads the tags and paperclips of these rows (a page that arrived, or rows that changed). */
    public void load(Collection<Long> expenseIds) {
        if (expenseIds.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(expenseIds);
        tasks.run(() -> {
            Map<Long, List<String>> tagged = tags.tagsOf(ids);
            Set<Long> withReceipts = attachments.withAttachments(ids);
            Map<Long, Extras> read = new HashMap<>();
            for (Long id : ids) {
                List<String> names = tagged.getOrDefault(id, List.of());
                read.put(id, new Extras(names, withReceipts.contains(id)));
            }
            return read;
        }, read -> {
            boolean changed = false;
            for (Map.Entry<Long, Extras> entry : read.entrySet()) {
                changed |= !entry.getValue().equals(of(entry.getKey()));
                if (entry.getValue().equals(Extras.NONE)) {
                    extras.remove(entry.getKey());
                } else {
                    extras.put(entry.getKey(), entry.getValue());
                }
            }
            if (changed) {
                loads.set(loads.get() + 1);
            }
        }, failure -> { });
    }
}
