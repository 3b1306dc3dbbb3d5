package app.outlay.service.rules;

import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.expense.ExpenseExtras;
import app.outlay.service.expense.ExpenseFilter;
import app.outlay.service.history.ChangeRecorder;
import app.outlay.service.history.UndoService;
import app.outlay.service.tag.TagLinks;
import app.outlay.data.DatabaseHolder;
import app.outlay.domain.Category;
import app.outlay.domain.Expense;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.TagNames;
import app.outlay.rules.Rule;
import app.outlay.rules.RuleMatcher;
import app.outlay.text.ExplainedException;
import app.outlay.text.UserText;
import app.outlay.totals.KeptTotals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Apply rules to…" existing expenses: a preview of every change (read with plain JDBC, streamed, so 100,000
 * expenses take about a second), then the changes saved in one transaction as ONE batch of the change log, so one
 * undo reverses them all ({@link UndoService}).
 */
public final class RuleApplyService {

    /** Expenses loaded, changed and flushed at a time while applying. */
    private static final int CHUNK = 500;

    private final DatabaseHolder database;

    public RuleApplyService(DatabaseHolder database) {
        this.database = database;
    }

    /** What the enabled rules would change among the expenses {@code filter} selects. Writes nothing. */
    public RulePreview preview(ExpenseFilter filter, List<Rule> rules) {
        RuleMatcher matcher = new RuleMatcher(rules);
        StringBuilder sql = new StringBuilder("select e.id, e.version, e.spent_on, e.description, e.amount, e.category_id, e.notes, e.kind, e.split from expense e");
        List<Object> parameters = new ArrayList<>();
        where(filter, sql, parameters);
        try (Connection connection = database.get().dataSource().getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try {
                Map<Long, String> categories = categoryNames(connection);
                List<RuleChange> changes = new ArrayList<>();
                long examined = 0;
                try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                    for (int i = 0; i < parameters.size(); i++) {
                        query.setObject(i + 1, parameters.get(i));
                    }
                    query.setFetchSize(2_000);
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            examined++;
                            RuleChange change = change(rs, matcher, categories);
                            if (change != null) {
                                changes.add(change);
                            }
                        }
                    }
                }
                return new RulePreview(withoutTagsTheyHave(connection, changes), examined, matcher.stopped());
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new ExplainedException(UserText.of("problem.rules.unreadable", String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * Saves the previewed changes in one transaction and one undo step; returns how many expenses changed.
     *
     * @throws ChangedElsewhereException when one of them was changed or deleted since the preview (nothing is saved)
     */
    public int apply(List<RuleChange> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        return database.sessionFactory().fromTransaction(session -> {
            ChangeRecorder history = new ChangeRecorder(session, database.appSession());
            KeptTotals totals = new KeptTotals(); // a rule may change an entry's category (V28)
            for (int from = 0; from < changes.size(); from += CHUNK) {
                List<RuleChange> chunk = changes.subList(from, Math.min(changes.size(), from + CHUNK));
                Map<Long, Expense> loaded = session.createSelectionQuery("from Expense e left join fetch e.category where e.id in :ids",
                                Expense.class)
                        .setParameterList("ids", chunk.stream().map(RuleChange::expenseId).toList()).getResultList().stream()
                        .collect(Collectors.toMap(Expense::getId, Function.identity()));
                totals.before(session, loaded.keySet());
                List<Map<String, String>> before = new ArrayList<>();
                List<Expense> changed = new ArrayList<>();
                // The tags as they are now (they may have changed since the preview; tags are only ever added).
                Map<Long, List<String>> tagsNow = TagLinks.of(session,
                        chunk.stream().filter(RuleChange::changesTags).map(RuleChange::expenseId).toList());
                for (RuleChange change : chunk) {
                    Expense expense = loaded.get(change.expenseId());
                    if (expense == null) {
                        throw ChangedElsewhereException.deleted(UserText.of("problem.rules.applyDeleted", change.oldDescription()));
                    }
                    if (expense.getVersion() != change.version()) {
                        throw new ChangedElsewhereException(UserText.of("problem.rules.applyChanged", expense.getDescription()));
                    }
                    before.add(ChangeRecorder.snapshot(expense));
                    Category category = change.newCategoryId() == null ? null : session.getReference(Category.class, change.newCategoryId());
                            // The kind and the refund's link stay: rules change description, category and notes only.
                    expense.apply(new ExpenseDetails(expense.getSpentOn(), change.newDescription(), expense.getAmount(),
                            change.newCategoryId(), change.newNotes(), expense.getKind(), expense.getRefundOf()), category);
                    changed.add(expense);
                }
                session.flush();
                Map<String, Long> tagIds = new HashMap<>();
                for (int i = 0; i < changed.size(); i++) {
                    RuleChange change = chunk.get(i);
                    if (!change.changesTags()) {
                        history.updated(before.get(i), changed.get(i));
                        continue;
                    }
                    // With the tags before and after in the history, so that one undo takes them off again.
                    List<String> had = tagsNow.getOrDefault(change.expenseId(), List.of());
                    session.doWork(connection -> TagLinks.add(connection, change.expenseId(), had, change.addedTags(), tagIds));
                    Map<String, String> withTags = new java.util.LinkedHashMap<>(before.get(i));
                    withTags.put(ExpenseExtras.TAGS, had.isEmpty() ? null : TagNames.join(had));
                    Map<String, String> after = new java.util.LinkedHashMap<>(ChangeRecorder.snapshot(changed.get(i)));
                    List<String> now = TagLinks.of(session, change.expenseId());
                    after.put(ExpenseExtras.TAGS, now.isEmpty() ? null : TagNames.join(now));
                    history.extrasChanged(change.expenseId(), withTags, after);
                }
                totals.after(session, loaded.keySet());
                session.clear();
            }
            totals.write(session);
            return changes.size();
        });
    }

    /**
     * The change the first matching rule makes to the current row, or null when none matches or nothing would change.
     * Its tags are all the rule's: {@link #withoutTagsTheyHave} takes away those the expense carries already.
     */
    private static RuleChange change(ResultSet rs, RuleMatcher matcher, Map<Long, String> categories) throws SQLException {
        String description = rs.getString(4);
        Rule rule = matcher.match(description, rs.getBigDecimal(5), rs.getString(8).strip());
        if (rule == null) {
            return null;
        }
        Long categoryId = rs.getObject(6, Long.class);
        String notes = rs.getString(7);
        Long newCategoryId = rule.categoryId() != null ? rule.categoryId() : categoryId;
        String newDescription = rule.description() != null ? rule.description() : description;
        String newNotes = withNote(notes, rule.note());
        // A split payment's tags are its parts' (issue 21): a rule adds none to the payment itself.
        List<String> tags = rs.getBoolean(9) ? List.of() : rule.tags();
        RuleChange change = new RuleChange(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(5),
                rule.label(), description, newDescription, categoryId, categories.get(categoryId), newCategoryId,
                categories.get(newCategoryId), notes, newNotes, tags);
        return change.changesSomething() ? change : null;
    }

    /**
     * The changes with only the tags each expense lacks (read in slices, only for changes that add tags); a change
     * left with nothing to do is dropped.
     */
    private static List<RuleChange> withoutTagsTheyHave(Connection connection, List<RuleChange> changes) throws SQLException {
        Map<Long, List<String>> tags = TagLinks.of(connection,
                changes.stream().filter(RuleChange::changesTags).map(RuleChange::expenseId).toList());
        List<RuleChange> kept = new ArrayList<>(changes.size());
        for (RuleChange change : changes) {
            RuleChange checked = change.changesTags()
                    ? change.withAddedTags(lacking(tags.getOrDefault(change.expenseId(), List.of()), change.addedTags())) : change;
            if (checked.changesSomething()) {
                kept.add(checked);
            }
        }
        return kept;
    }

    /** The tags of {@code wanted} that {@code have} lacks, ignoring case. */
    private static List<String> lacking(List<String> have, List<String> wanted) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        have.forEach(name -> keys.add(TagNames.key(name)));
        return wanted.stream().filter(name -> !keys.contains(TagNames.key(name))).toList();
    }

    /** A line's tags with a rule's added after them, each once (ignoring case): what an import saves. */
    public static List<String> withTags(List<String> tags, List<String> added) {
        if (added == null || added.isEmpty()) {
            return tags;
        }
        List<String> all = new ArrayList<>(tags == null ? List.of() : tags);
        all.addAll(added);
        return TagNames.distinct(all);
    }

    /**
     * The notes with the rule's note added on a line of its own, once: a note already there is not added again
     * (applying twice changes nothing), nor one that would make the notes too long.
     */
    public static String withNote(String notes, String note) {
        if (note == null || notes != null && notes.contains(note)) {
            return notes;
        }
        String added = notes == null || notes.isBlank() ? note : notes + "\n" + note;
        return added.length() > ExpenseDetails.NOTES_MAX ? notes : added;
    }

    private static Map<Long, String> categoryNames(Connection connection) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select id, name from category");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return names;
    }

    /** The filter as ExpenseQueries applies it, in SQL. */
    private static void where(ExpenseFilter filter, StringBuilder sql, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.search() != null) {
            conditions.add("(lower(e.description) like ? escape '!' or lower(e.notes) like ? escape '!')");
            String like = "%" + filter.search().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            parameters.add(like);
            parameters.add(like);
        }
        if (filter.from() != null) {
            conditions.add("e.spent_on >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("e.spent_on <= ?");
            parameters.add(filter.to());
        }
        if (filter.categoryId() != null) {
            // As ExpenseQueries: a split payment by its parts' categories.
            conditions.add("(e.category_id = ? or e.split = true and exists (select 1 from expense_split s "
                    + "where s.expense_id = e.id and s.category_id = ?))");
            parameters.add(filter.categoryId());
            parameters.add(filter.categoryId());
        }
        if (filter.kind() != null) {
            conditions.add("e.kind = ?");
            parameters.add(filter.kind().name());
        }
        if (!filter.tagIds().isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(filter.tagIds().size(), "?"));
            boolean all = filter.tagMatch() == ExpenseFilter.TagMatch.ALL && filter.tagIds().size() > 1;
            // As ExpenseQueries: a split payment by its parts' tags.
            conditions.add("(e.id in (select l.expense_id from expense_tag l where l.tag_id in (" + marks + ")"
                    + (all ? " group by l.expense_id having count(*) = ?)" : ")")
                    + " or e.split = true and e.id in (select s.expense_id from expense_split s join expense_split_tag st on st.split_id = s.id "
                    + "where st.tag_id in (" + marks + ")" + (all ? " group by s.expense_id having count(distinct st.tag_id) = ?))" : "))"));
            for (int i = 0; i < 2; i++) {
                parameters.addAll(filter.tagIds());
                if (all) {
                    parameters.add(filter.tagIds().size());
                }
            }
        }
        if (!conditions.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", conditions));
        }
    }
}
