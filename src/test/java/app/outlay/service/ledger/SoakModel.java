package app.outlay.service.ledger;

import app.outlay.service.category.CategoryRow;
import app.outlay.service.expense.ExpenseRow;
import app.outlay.data.DatabaseCopy;
import app.outlay.domain.EntryKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * What the soak test expects the ledger to hold, kept in plain Java: every expense, the count, total and summed
 * versions per category (kept up to date as expenses change, so comparing after every step is cheap), the live
 * categories, and the changes undo would walk back, newest first, with what undoing each must do.
 */
final class SoakModel {

    /** One part of a split payment (issue 21): its category (null: none) and amount. */
    record Part(Long categoryId, BigDecimal amount) {
    }

    /**
     * What the model knows of an entry: what the change log snapshots (its kind too), its version, and its parts when
     * it is a split payment (empty: not split). Its category is then none: the parts have them.
     */
    record Entry(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes, long version,
                 EntryKind kind, List<Part> parts) {

        Entry(LocalDate date, String description, BigDecimal amount, Long categoryId, String notes, long version, EntryKind kind) {
            this(date, description, amount, categoryId, notes, version, kind, List.of());
        }

        static Entry of(ExpenseRow row) {
            return new Entry(row.date(), row.description(), row.amount(), row.categoryId(), row.notes(), row.version(), row.kind());
        }

        boolean split() {
            return !parts.isEmpty();
        }

        Entry withParts(List<Part> newParts) {
            return new Entry(date, description, amount, categoryId, notes, version, kind, List.copyOf(newParts));
        }

        /** What totals by category count for it: itself, or for a split payment each part, in the payment's kind. */
        List<Entry> counted() {
            if (parts.isEmpty()) {
                return List.of(new Entry(date, description, amount, categoryId, notes, 0, kind));
            }
            return parts.stream().map(p -> new Entry(date, description, p.amount(), p.categoryId(), null, 0, kind)).toList();
        }

        /**
         * Same user-visible details: an update to these changes nothing, so Hibernate does not bump the version. The
         * parts are not details: like tags, they are rows of their own and changing them alone keeps the version.
         */
        boolean sameDetails(Entry other) {
            return date.equals(other.date) && description.equals(other.description) && amount.compareTo(other.amount) == 0
                    && Objects.equals(categoryId, other.categoryId) && Objects.equals(notes, other.notes) && kind == other.kind;
        }

        Entry withVersion(long newVersion) {
            return new Entry(date, description, amount, categoryId, notes, newVersion, kind, parts);
        }
    }

    /**
     * Count, exact total and summed versions of the entries in one category, and what they come to: spent (expenses
     * less refunds) and received (income), the figures every screen and report shows.
     */
    record Group(long count, BigDecimal total, long versions, BigDecimal spent, BigDecimal received) {

        static final Group EMPTY = new Group(0, BigDecimal.ZERO.setScale(2), 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

        Group plus(Entry e) {
            return new Group(count + 1, total.add(e.amount()), versions + e.version(), spent.add(e.kind().spendingEffect(e.amount())),
                    e.kind() == EntryKind.INCOME ? received.add(e.amount()) : received);
        }

        Group minus(Entry e) {
            return new Group(count - 1, total.subtract(e.amount()), versions - e.version(),
                    spent.subtract(e.kind().spendingEffect(e.amount())),
                    e.kind() == EntryKind.INCOME ? received.subtract(e.amount()) : received);
        }

        Group plus(Group other) {
            return new Group(count + other.count, total.add(other.total), versions + other.versions, spent.add(other.spent),
                    received.add(other.received));
        }
    }

    /**
     * One row of the change log: the expense before and after (null before an insert and after a delete), and the tags
     * it had before when the entry records them (a deletion, a change of tags or parts; null: an entry that leaves tags
     * and parts alone). Entries that record tags record the parts too (the before entry's), and undo puts both back.
     */
    private record Change(long id, Entry before, Entry after, List<String> tagsBefore) {

        Change(long id, Entry before, Entry after) {
            this(id, before, after, null);
        }

        String verb() {
            return before == null ? "add" : after == null ? "delete" : "edit";
        }
    }

    /** What an undo must do: nothing to undo, refuse (something was changed since), or undo. */
    record UndoOutcome(boolean nothing, boolean refused) {
    }

    private final Map<Long, Entry> expenses = new HashMap<>();
    /** The same ids, in an order that depends on the seed only (never on hashing), for picking one at random. */
    private final List<Long> ids = new ArrayList<>();
    private final Map<Long, Integer> positions = new HashMap<>();
    private final Map<Long, Group> groups = new HashMap<>();
    /** Category (null: none) → what totals by category count there: entries not split, and parts of split payments. */
    private final Map<Long, Group> totals = new HashMap<>();
    private final Map<Long, String> categories = new LinkedHashMap<>();
    private final List<Long> categoryIds = new ArrayList<>();
    /** The categories of income (Salary, ...): income goes only there, expenses and refunds only elsewhere. */
    private final java.util.Set<Long> incomeCategories = new java.util.HashSet<>();
    /** Batches of changes undo can reverse, newest first; a batch stays when undoing it is refused. */
    private final Deque<List<Change>> undoable = new ArrayDeque<>();
    /** The file of the newest import, where undo stops once {@link #undoable} is empty; null before any. */
    private String importStop;
    /** Each expense's tags, by name (the soak's names are lower case, so a name is its own key), sorted; none: absent. */
    private final Map<Long, List<String>> tags = new HashMap<>();
    /** The tags that exist, carried or not, in the order they came (for picking one at random by the seed alone). */
    private final List<String> liveTags = new ArrayList<>();

    // --- what the services did ------------------------------------------------------------------------------

    void categoryCreated(long id, String name) {
        categoryCreated(id, name, false);
    }

    void categoryCreated(long id, String name, boolean income) {
        categories.put(id, name);
        categoryIds.add(id);
        if (income) {
            incomeCategories.add(id);
        }
    }

    boolean isIncome(long categoryId) {
        return incomeCategories.contains(categoryId);
    }

    /** One batch of added expenses (an add, or one series' due occurrences), which undo removes together. */
    void added(List<ExpenseRow> rows) {
        List<Change> batch = new ArrayList<>();
        for (ExpenseRow row : rows) {
            Entry entry = Entry.of(row);
            put(row.id(), entry);
            batch.add(new Change(row.id(), null, entry));
        }
        undoable.push(batch);
    }

    void edited(ExpenseRow row) {
        Entry before = expenses.get(row.id());
        Entry after = Entry.of(row).withParts(before.parts());
        put(row.id(), after);
        undoable.push(List.of(new Change(row.id(), before, after)));
    }

    /** An edit that gave the expense exactly {@code parts} (none: not split any more): one undoable step, tags kept. */
    void editedWithParts(ExpenseRow row, List<Part> parts) {
        Entry before = expenses.get(row.id());
        Entry after = Entry.of(row).withParts(parts);
        put(row.id(), after);
        undoable.push(List.of(new Change(row.id(), before, after, tagsOf(row.id()))));
    }

    /** Someone else's edit: new details and version here, nothing in this user's undo history. */
    void changedElsewhere(long id, String description) {
        Entry e = expenses.get(id);
        put(id, new Entry(e.date(), description, e.amount(), e.categoryId(), e.notes(), e.version() + 1, e.kind(), e.parts()));
    }

    /** Expenses deleted together, in the order the service deleted (and logged) them; their tags with them. */
    void deleted(List<Long> deletedIds) {
        undoable.push(deletedIds.stream().map(id -> {
            List<String> had = tagsOf(id);
            return new Change(id, remove(id), null, had);
        }).toList());
    }

    // --- tags (issue 21) ---------------------------------------------------------------------------------------

    /** The expense now carries exactly {@code names}: one undoable edit, when that changed anything. */
    void tagged(long id, List<String> names) {
        List<String> before = tagsOf(id);
        List<String> after = names.stream().distinct().sorted().toList();
        if (before.equals(after)) {
            return;
        }
        setTags(id, after);
        Entry entry = expenses.get(id);
        undoable.push(List.of(new Change(id, entry, entry, before)));
    }

    /** Every expense carrying {@code from} carries {@code into} instead (once); {@code from} is gone. A rename is a merge into a new name. */
    void tagMerged(String from, String into) {
        for (long id : ids) {
            List<String> had = tagsOf(id);
            if (had.contains(from)) {
                List<String> now = new ArrayList<>(had);
                now.remove(from);
                if (!now.contains(into)) {
                    now.add(into);
                }
                setTags(id, now.stream().sorted().toList());
            }
        }
        liveTags.remove(from);
        tagExists(into);
    }

    void tagDeleted(String name) {
        for (long id : ids) {
            List<String> had = tagsOf(id);
            if (had.contains(name)) {
                setTags(id, had.stream().filter(t -> !t.equals(name)).toList());
            }
        }
        liveTags.remove(name);
    }

    List<String> tagsOf(long id) {
        return tags.getOrDefault(id, List.of());
    }

    boolean hasTags() {
        return !liveTags.isEmpty();
    }

    String anyTag(Random random) {
        return liveTags.get(random.nextInt(liveTags.size()));
    }

    /** The tags that exist now. */
    List<String> liveTags() {
        return liveTags;
    }

    /**
     * What the report by tag shows for any period holding every entry: per tag carried by an expense or refund, how
     * many and what they come to (expenses less refunds; income left out).
     */
    Map<String, Map.Entry<Long, BigDecimal>> tagTotals() {
        Map<String, Long> counts = new HashMap<>();
        Map<String, BigDecimal> spent = new HashMap<>();
        for (long id : ids) {
            Entry e = expenses.get(id);
            if (e.kind() == EntryKind.INCOME) {
                continue;
            }
            for (String tag : tagsOf(id)) {
                counts.merge(tag, 1L, Long::sum);
                spent.merge(tag, e.kind().spendingEffect(e.amount()), BigDecimal::add);
            }
        }
        Map<String, Map.Entry<Long, BigDecimal>> totals = new HashMap<>();
        counts.forEach((tag, count) -> totals.put(tag, Map.entry(count, spent.get(tag).setScale(2))));
        return totals;
    }

    /** Count, spent and received of the entries carrying any (or all) of {@code names}: the list filtered by tags. */
    Group filteredByTags(java.util.Collection<String> names, boolean all) {
        Group group = Group.EMPTY;
        for (long id : ids) {
            List<String> had = tagsOf(id);
            if (all ? had.containsAll(names) : names.stream().anyMatch(had::contains)) {
                group = group.plus(expenses.get(id));
            }
        }
        return group;
    }

    private void setTags(long id, List<String> names) {
        if (names.isEmpty()) {
            tags.remove(id);
        } else {
            tags.put(id, names);
            names.forEach(this::tagExists);
        }
    }

    private void tagExists(String name) {
        if (!liveTags.contains(name)) {
            liveTags.add(name);
        }
    }

    /** An import: its rows are not in the undo history (the ledger history names the file instead). */
    void imported(long id, Entry entry) {
        put(id, entry);
    }

    /** A committed import of {@code file}: undo stops there, so nothing older can be undone any more. */
    void importCommitted(String file) {
        undoable.clear();
        importStop = file;
    }

    /** Whether undo now stops at an import (the menu says so; nothing is undone). */
    boolean undoStopped() {
        return undoable.isEmpty() && importStop != null;
    }

    /**
     * Every expense of {@code from} moves to {@code into} with its version bumped, and every part there with it (the
     * split payment's version stays); {@code from} is gone. Says how many entries and parts moved.
     */
    int merged(long from, long into) {
        List<Long> moved = ids.stream().filter(id -> Objects.equals(expenses.get(id).categoryId(), from)).toList();
        for (long id : moved) {
            Entry e = expenses.get(id);
            put(id, new Entry(e.date(), e.description(), e.amount(), into, e.notes(), e.version() + 1, e.kind(), e.parts()));
        }
        int movedParts = 0;
        for (long id : List.copyOf(ids)) {
            Entry e = expenses.get(id);
            if (e.parts().stream().anyMatch(p -> Objects.equals(p.categoryId(), from))) {
                movedParts += (int) e.parts().stream().filter(p -> Objects.equals(p.categoryId(), from)).count();
                put(id, e.withParts(e.parts().stream().map(p -> Objects.equals(p.categoryId(), from)
                        ? new Part(into, p.amount()) : p).toList()));
            }
        }
        categories.remove(from);
        incomeCategories.remove(from);
        categoryIds.remove(Long.valueOf(from)); // the id, not an index
        return moved.size() + movedParts;
    }

    /** Moved to a new database without copying: its own categories, no expenses, no history. */
    void startedAfresh(List<CategoryRow> newCategories) {
        List.copyOf(ids).forEach(this::remove);
        categories.clear();
        categoryIds.clear();
        incomeCategories.clear();
        newCategories.forEach(c -> categoryCreated(c.id(), c.name(), c.income()));
        undoable.clear();
        importStop = null;
        liveTags.clear();
    }

    // --- undo -------------------------------------------------------------------------------------------------

    /** The label the next undo shows, or null when there is nothing to undo. */
    String nextUndoLabel() {
        if (undoStopped()) {
            return "Undo stops at the import of \u201c" + importStop + "\u201d (an import cannot be undone)";
        }
        return undoable.isEmpty() ? null : label(undoable.peek());
    }

    /**
     * What UndoService does with the newest batch: walk it back newest first in one transaction; an added or edited
     * expense changed since (its details are no longer what the change left) or an edited one deleted since refuses
     * the whole batch. Undoing an edit saves the old details as a new version, and the change before it stays
     * undoable (same details, newer version); undoing a delete puts the expense back with the version it had.
     */
    UndoOutcome undo() {
        if (undoable.isEmpty()) {
            return new UndoOutcome(true, false);
        }
        List<Change> batch = undoable.peek();
        Map<Long, Entry> result = new LinkedHashMap<>();
        // The tags undo gives back (a deletion's, or those before a change of tags), by expense.
        Map<Long, List<String>> tagResult = new HashMap<>();
        for (int i = batch.size() - 1; i >= 0; i--) {
            Change change = batch.get(i);
            Entry current = result.containsKey(change.id()) ? result.get(change.id()) : expenses.get(change.id());
            if (change.tagsBefore() != null) {
                tagResult.put(change.id(), change.tagsBefore());
            }
            if (change.before() == null) {
                if (current != null) {
                    if (!unchanged(current, change.after())) {
                        return new UndoOutcome(false, true);
                    }
                    result.put(change.id(), null);
                }
            } else if (change.after() != null) {
                if (current == null || !unchanged(current, change.after())) {
                    return new UndoOutcome(false, true);
                }
                Entry restored = restored(change.before(), current.version());
                if (change.tagsBefore() == null) {
                    restored = restored.withParts(current.parts()); // an entry without extras leaves the parts alone
                }
                result.put(change.id(), restored.sameDetails(current) ? current.withParts(restored.parts())
                        : restored.withVersion(current.version() + 1));
            } else if (current == null) {
                // Put back with the version it had, so an earlier change to it can be undone next.
                result.put(change.id(), restored(change.before(), change.before().version()));
            }
        }
        result.forEach((id, entry) -> {
            List<String> keptTags = tagsOf(id);
            if (expenses.containsKey(id)) {
                remove(id);
            }
            if (entry != null) {
                put(id, entry);
                setTags(id, tagResult.getOrDefault(id, keptTags));
            }
        });
        undoable.pop();
        return new UndoOutcome(false, false);
    }

    private static boolean unchanged(Entry current, Entry after) {
        return current.version() == after.version() || current.sameDetails(after);
    }

    /** The old details and parts back; a category deleted (merged away) since becomes none, for a part too. */
    private Entry restored(Entry before, long version) {
        List<Part> parts = before.parts().stream().map(p -> new Part(live(p.categoryId()), p.amount())).toList();
        return new Entry(before.date(), before.description(), before.amount(), live(before.categoryId()), before.notes(), version,
                before.kind(), parts);
    }

    private Long live(Long categoryId) {
        return categoryId != null && categories.containsKey(categoryId) ? categoryId : null;
    }

    private static String label(List<Change> batch) {
        Change first = batch.get(0);
        if (batch.size() > 1) {
            return "Undo " + first.verb() + " of " + batch.size() + " expenses";
        }
        Entry shown = first.after() != null ? first.after() : first.before();
        return "Undo " + first.verb() + " of \u201c" + shown.description() + "\u201d";
    }

    // --- what the model holds ---------------------------------------------------------------------------------

    boolean isEmpty() {
        return expenses.isEmpty();
    }

    int size() {
        return expenses.size();
    }

    Entry get(long id) {
        return expenses.get(id);
    }

    boolean contains(long id) {
        return expenses.containsKey(id);
    }

    long anyExpense(Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    Long anyCategory(Random random) {
        return categoryIds.get(random.nextInt(categoryIds.size()));
    }

    /** A category an entry of {@code kind} may go in, or null when there is none of that side. */
    Long anyCategory(Random random, EntryKind kind) {
        List<Long> fitting = categoryIds.stream().filter(id -> incomeCategories.contains(id) == (kind == EntryKind.INCOME)).toList();
        return fitting.isEmpty() ? null : fitting.get(random.nextInt(fitting.size()));
    }

    /** The live category names of one side (income or spending), in the model's order. */
    List<String> categoryNames(boolean income) {
        return categoryIds.stream().filter(id -> incomeCategories.contains(id) == income).map(categories::get).toList();
    }

    /** Spent (net of refunds) and received over every entry: what the list's totals and the reports sum to. */
    Group overall() {
        return groups.values().stream().reduce(Group.EMPTY, Group::plus);
    }

    int categoryCount() {
        return categoryIds.size();
    }

    Map<Long, String> categories() {
        return categories;
    }

    /** Category (null: none) → count, total and versions, for the categories that hold expenses. */
    Map<Long, Group> groups() {
        return groups;
    }

    /** The same, summed up from scratch: checks the running groups themselves. */
    Map<Long, Group> groupsRecounted() {
        Map<Long, Group> recounted = new HashMap<>();
        expenses.values().forEach(e -> recounted.merge(e.categoryId(), Group.EMPTY.plus(e), Group::plus));
        return recounted;
    }

    /**
     * Category (null: none) → count, total, spent and received of what totals by category count (versions 0): each
     * entry not split, and each part of a split payment in its own category.
     */
    Map<Long, Group> totals() {
        return totals;
    }

    /** The same, summed up from scratch. */
    Map<Long, Group> totalsRecounted() {
        Map<Long, Group> recounted = new HashMap<>();
        expenses.values().forEach(e -> e.counted().forEach(c -> recounted.merge(c.categoryId(), Group.EMPTY.plus(c), Group::plus)));
        return recounted;
    }

    boolean isSplit(long id) {
        return expenses.get(id).split();
    }

    /** A split payment picked at random, or null when there is none. */
    Long anySplit(Random random) {
        List<Long> split = ids.stream().filter(this::isSplit).toList();
        return split.isEmpty() ? null : split.get(random.nextInt(split.size()));
    }

    /** What {@link DatabaseCopy#contents} should report. */
    DatabaseCopy.Contents contents() {
        BigDecimal total = expenses.values().stream().map(Entry::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new DatabaseCopy.Contents(expenses.size(), categories.size(), total);
    }

    private void put(long id, Entry entry) {
        Entry old = expenses.put(id, entry);
        if (old == null) {
            positions.put(id, ids.size());
            ids.add(id);
        } else {
            ungroup(old);
        }
        groups.merge(entry.categoryId(), Group.EMPTY.plus(entry), (a, b) -> a.plus(entry));
        entry.counted().forEach(c -> totals.merge(c.categoryId(), Group.EMPTY.plus(c), (a, b) -> a.plus(c)));
    }

    private Entry remove(long id) {
        tags.remove(id);
        Entry old = expenses.remove(id);
        // Swap-remove: O(1), and the order still follows from the seed alone.
        int position = positions.remove(id);
        long last = ids.remove(ids.size() - 1);
        if (last != id) {
            ids.set(position, last);
            positions.put(last, position);
        }
        ungroup(old);
        return old;
    }

    private void ungroup(Entry old) {
        subtract(groups, old.categoryId(), old);
        old.counted().forEach(c -> subtract(totals, c.categoryId(), c));
    }

    private static void subtract(Map<Long, Group> from, Long categoryId, Entry entry) {
        Group left = from.get(categoryId).minus(entry);
        if (left.count() == 0) {
            from.remove(categoryId);
        } else {
            from.put(categoryId, left);
        }
    }
}
