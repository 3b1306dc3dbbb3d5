package app.outlay.service.importing;

import app.outlay.domain.EntryKind;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests what a line of money coming in is: when its payee matches an expense of the {@value #DAYS} days before
 * it, a refund in that expense's category (linked to it when the amounts are equal: the whole purchase came back);
 * otherwise income. The payee is the first telling word of the description (three letters or more, not a word like
 * "refund" that banks put before the shop's name), found anywhere in the expense's description, ignoring case.
 * The expenses of the file being imported count too ({@link #remember}). Reads on the caller's connection; one query
 * per line of money coming in, which statements have few of.
 */
public final class MoneyInGuess implements AutoCloseable {

    public static final int DAYS = 90;

    /** Words that say what kind of line it is rather than who paid: never taken for the payee. */
    private static final Set<String> NOT_A_PAYEE = Set.of("refund", "refunds", "return", "credit", "gutschrift",
            "erstattung", "rückerstattung", "rueckerstattung", "sepa", "überweisung", "ueberweisung", "transfer",
            "payment", "zahlung", "from", "von", "the", "und", "and", "der", "die", "das");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    /** What a line of money coming in probably is. {@code categoryId} and {@code refundOf} may be null. */
    public record Suggestion(EntryKind kind, Long categoryId, String categoryName, Long refundOf) {
    }

    /** Expenses of the file being imported, which the ledger (read on another connection) does not have yet. */
    private record Seen(LocalDate date, String categoryName) {
    }

    /** Payees of the file remembered at most; each keeps its {@value #SEEN_PER_PAYEE} latest expenses. */
    private static final int PAYEES_KEPT = 10_000;
    private static final int SEEN_PER_PAYEE = 20;

    private final PreparedStatement query;
    private final Map<String, Deque<Seen>> seen = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Seen>> eldest) {
            return size() > PAYEES_KEPT;
        }
    };

    public MoneyInGuess(Connection connection) throws SQLException {
        this.query = connection.prepareStatement("select e.id, e.amount, e.category_id, c.name, e.spent_on from expense e"
                + " left join category c on c.id = e.category_id"
                + " where e.kind = 'EXPENSE' and e.spent_on between ? and ? and lower(e.description) like ?"
                + " order by e.spent_on desc, e.id desc");
    }

    /** The payee word of a description, or null when it has none (then the line is taken for income). */
    static String payee(String description) {
        Matcher words = WORD.matcher(description.toLowerCase(Locale.ROOT));
        while (words.find()) {
            if (!NOT_A_PAYEE.contains(words.group())) {
                return words.group();
            }
        }
        return null;
    }

    /** An expense of the file being imported, for the money coming in that the file also holds (by category name). */
    public void remember(LocalDate date, String description, String categoryName) {
        String payee = payee(description);
        if (payee != null) {
            Deque<Seen> latest = seen.computeIfAbsent(payee, key -> new ArrayDeque<>());
            latest.addLast(new Seen(date, categoryName));
            if (latest.size() > SEEN_PER_PAYEE) {
                latest.removeFirst();
            }
        }
    }

    /**
     * What the money coming in on {@code date} probably is: a refund when its payee matches an expense of the ledger
     * or of the file (the latest one counts), otherwise income.
     */
    public Suggestion suggest(LocalDate date, String description, BigDecimal amount) throws SQLException {
        String payee = payee(description);
        if (payee == null) {
            return new Suggestion(EntryKind.INCOME, null, null, null);
        }
        Seen inFile = null;
        for (Seen expense : seen.getOrDefault(payee, new ArrayDeque<>())) {
            if (!expense.date().isAfter(date) && !expense.date().isBefore(date.minusDays(DAYS))
                    && (inFile == null || expense.date().isAfter(inFile.date()))) {
                inFile = expense;
            }
        }
        query.setObject(1, date.minusDays(DAYS));
        query.setObject(2, date);
        query.setString(3, "%" + payee + "%"); // letters only: nothing to escape
        query.setMaxRows(200);
        Long category = null;
        String categoryName = null;
        LocalDate matchedOn = null;
        boolean matched = false;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                if (!matched) {
                    matched = true;
                    long id = rows.getLong(3);
                    category = rows.wasNull() ? null : id;
                    categoryName = rows.getString(4);
                    matchedOn = rows.getObject(5, LocalDate.class);
                }
                if (rows.getBigDecimal(2).compareTo(amount) == 0) {
                    long id = rows.getLong(3);
                    Long sameCategory = rows.wasNull() ? null : id;
                    return new Suggestion(EntryKind.REFUND, sameCategory, rows.getString(4), rows.getLong(1));
                }
            }
        }
        if (inFile != null && (!matched || inFile.date().isAfter(matchedOn))) {
            return new Suggestion(EntryKind.REFUND, null, inFile.categoryName(), null);
        }
        return matched ? new Suggestion(EntryKind.REFUND, category, categoryName, null)
                : new Suggestion(EntryKind.INCOME, null, null, null);
    }

    @Override
    public void close() throws SQLException {
        query.close();
    }
}
