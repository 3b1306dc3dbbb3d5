package app.outlay.service.history;

import app.outlay.service.expense.ExpenseExtras;
import app.outlay.service.tag.TagService;
import app.outlay.data.AppSession;
import app.outlay.domain.Category;
import app.outlay.domain.ChangeLogEntry;
import app.outlay.domain.Expense;
import app.outlay.domain.ForeignAmount;
import org.hibernate.Session;

import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the change log inside the caller's transaction, so a change and its history entry commit or roll back
 * together. One recorder per unit of work: its entries share a batch and are undone together.
 */
public final class ChangeRecorder {

    static final String EXPENSE = "expense";
    static final String CATEGORY = "category";
    static final String IMPORT = "import";
    /** An expense's repeat in the history: the series' frequency (WEEKLY, MONTHLY, YEARLY), absent when it does not repeat. */
    static final String REPEATS = "repeats";
    static final String LEDGER = "ledger";
    static final String CURRENCY = "currency";
    static final String ORIGINAL_AMOUNT = "originalAmount";
    static final String RATE = "rate";

    /** The computer's name, for "who changed this": looked up once, it does not change while Outlay runs. */
    private static final String COMPUTER = computerName();

    private final Session session;
    private final long batchId;
    private final AppSession appSession;
    private final boolean reversal;
    private String user;

    /** @param appSession the running Outlay making the change (undo in another window leaves it alone) */
    public ChangeRecorder(Session session, AppSession appSession) {
        this(session, appSession, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), false);
    }

    private ChangeRecorder(Session session, AppSession appSession, long batchId, boolean reversal) {
        this.session = session;
        this.appSession = appSession;
        this.batchId = batchId;
        this.reversal = reversal;
    }

    /**
     * The recorder of the entries of an undo of {@code undoneBatch}: history shows them, but they are not undone in
     * turn (they are stored undone, so undo never picks them). Their batch is the undone one's id negated (ordinary
     * batches are positive), so that history can tell an undo step from the change it reversed, which is marked undone
     * too; no column is needed for it (tester2 D2: both read "(undone)").
     */
    static ChangeRecorder undoing(Session session, AppSession appSession, long undoneBatch) {
        return new ChangeRecorder(session, appSession, -undoneBatch, true);
    }

    /** True for the batch of an undo's own entries (see {@link #undoing}). */
    static boolean isUndo(long batchId) {
        return batchId < 0;
    }

    public void inserted(Expense expense) {
        record(EXPENSE, expense.getId(), "INSERT", null, snapshot(expense));
    }

    public void updated(Map<String, String> before, Expense after) {
        record(EXPENSE, after.getId(), "UPDATE", before, snapshot(after));
    }

    /** A change of an expense's tags or receipts alone (issue 21): an edit of the expense, undone like one. */
    public void extrasChanged(long expenseId, Map<String, String> before, Map<String, String> after) {
        record(EXPENSE, expenseId, "UPDATE", before, after);
    }

    public void deleted(Expense expense) {
        // With its tags and receipts: the deletion takes their links along (V20, V21), undo puts them back.
        record(EXPENSE, expense.getId(), "DELETE", ExpenseExtras.withExtras(snapshot(expense), session, expense.getId()), null);
    }

    public void category(String action, Long id, Map<String, String> before, Map<String, String> after) {
        record(CATEGORY, id, action, before, after);
    }

    /** A change of a tag itself (issue 21): renamed, merged into another, deleted. */
    public void tag(String action, long id, Map<String, String> before, Map<String, String> after) {
        record(TagService.TAG, id, action, before, after);
    }

    /** A change to the ledger as a whole (its currency); the ledger's one row has id 1. */
    public void ledger(Map<String, String> before, Map<String, String> after) {
        record(LEDGER, 1, "UPDATE", before, after);
    }

    /** The history entry of a whole import: which file and how many expenses it added. */
    public static ChangeLogEntry imported(String user, String fileName, long expenses) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("file", fileName);
        values.put("expenses", Long.toString(expenses));
        return new ChangeLogEntry(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), Instant.now(), user, COMPUTER,
                IMPORT, 0, "INSERT", null, FlatJson.write(values), AppSession.PROCESS.id());
    }

    /** The amount as paid that a log entry's values hold, or null (ledger currency, or an entry from before V25). */
    static ForeignAmount paid(Map<String, String> values) {
        String code = values.get(CURRENCY);
        return code == null ? null : new ForeignAmount(java.util.Currency.getInstance(code),
                new java.math.BigDecimal(values.get(ORIGINAL_AMOUNT)), new java.math.BigDecimal(values.get(RATE)));
    }

    /** The values of an expense as the log keeps them (and as undo puts them back). */
    public static Map<String, String> snapshot(Expense expense) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", expense.getSpentOn().toString());
        values.put("description", expense.getDescription());
        values.put("amount", expense.getAmount().toPlainString());
        values.put("categoryId", expense.getCategory() == null ? null : expense.getCategory().getId().toString());
        values.put("category", expense.getCategory() == null ? null : expense.getCategory().getName());
        values.put("notes", expense.getNotes());
        values.put("seriesId", expense.getRecurrence() == null ? null : expense.getRecurrence().getId().toString());
        values.put("occurrenceOn", expense.getOccurrenceOn() == null ? null : expense.getOccurrenceOn().toString());
        values.put("createdAt", expense.getCreatedAt() == null ? null : expense.getCreatedAt().toString());
        values.put("version", Long.toString(expense.getVersion()));
        // After "version" so that entries written before kinds existed read the same; absent there means an expense.
        values.put("kind", expense.getKind().name());
        values.put("refundOf", expense.getRefundOf() == null ? null : expense.getRefundOf().toString());
        // So that undoing the delete of an imported entry keeps it a duplicate of its statement line.
        values.put("bankId", expense.getBankTransactionId());
        // How it repeats, for the history to show (undo restores the series by seriesId); only for one that repeats,
        // so entries of expenses that never did, and those written before, read the same.
        if (expense.getRecurrence() != null) {
            values.put(REPEATS, expense.getRecurrence().getFrequency().name());
        }
        // The amount as paid in another currency (issue 22), only where there is one: entries in the ledger's
        // currency, and those written before V25, read the same.
        ForeignAmount paid = expense.getPaid();
        if (paid != null) {
            values.put(CURRENCY, paid.code());
            values.put(ORIGINAL_AMOUNT, paid.original().toPlainString());
            values.put(RATE, paid.rate().toPlainString());
        }
        return values;
    }

    public static Map<String, String> snapshot(Category category) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", category.getName());
        values.put("colour", category.getColour());
        values.put("monthlyBudget", category.getMonthlyBudget() == null ? null : category.getMonthlyBudget().toPlainString());
        values.put("income", Boolean.toString(category.isIncome()));
        return values;
    }

    private void record(String entity, long id, String action, Map<String, String> before, Map<String, String> after) {
        ChangeLogEntry entry = new ChangeLogEntry(batchId, Instant.now(), user(), COMPUTER, entity, id, action,
                before == null ? null : FlatJson.write(before), after == null ? null : FlatJson.write(after), appSession.id());
        if (reversal) {
            entry.markUndone();
        }
        session.persist(entry);
    }

    /** The database user: on a shared PostgreSQL ledger, who made the change. */
    String user() {
        if (user == null) {
            user = session.createNativeQuery("select current_user", String.class).getSingleResult();
        }
        return user;
    }

    static String computer() {
        return COMPUTER;
    }

    private static String computerName() {
        String fromEnvironment = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown computer";
        }
    }
}
