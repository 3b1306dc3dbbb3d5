package app.outlay.service.split;

import app.outlay.service.expense.ChangedElsewhereException;
import app.outlay.service.tag.Sequences;
import app.outlay.service.tag.TagLinks;
import app.outlay.domain.Category;
import app.outlay.domain.EntryKind;
import app.outlay.domain.ExpenseDetails;
import app.outlay.domain.Ledger;
import app.outlay.domain.Money;
import app.outlay.domain.SplitPart;
import app.outlay.domain.SplitParts;
import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of split payments inside the caller's transaction: checked, read and written with plain SQL, with their
 * tags, like {@link TagLinks}; the expense's {@code split} flag is set with them, so totals know where to look.
 */
public final class SplitLinks {

    private SplitLinks() {
    }

    /**
     * The parts, checked against the payment and the ledger's currency, their categories existing and fitting the
     * kind. A split payment's category, notes and tags are its parts' (so a CSV line per part carries all of it):
     * the payment itself has none.
     */
    public static List<SplitPart> check(Session session, ExpenseDetails payment, Collection<String> tags, List<SplitPart> parts) {
        if (payment.categoryId() != null || payment.notes() != null || tags != null && !tags.isEmpty()) {
            throw InvalidInputException.of("problem.split.paymentFields");
        }
        EntryKind kind = payment.kind();
        // Issue 22: a payment in another currency has its parts in that currency too; one in the ledger's has none.
        // (Parts given in the ledger's currency only, as before V27 and in its history, are still taken as they are.)
        boolean asPaid = payment.paid() != null && parts.stream().anyMatch(part -> part.original() != null);
        List<SplitPart> checked = asPaid
                ? SplitParts.inCurrency(payment.paid(), payment.amount(), parts, minorUnits(session))
                : SplitParts.check(payment.amount(), parts.stream().map(SplitPart::inLedgerCurrency).toList(), minorUnits(session));
        for (SplitPart part : checked) {
            if (part.categoryId() == null) {
                continue;
            }
            Category category = session.find(Category.class, part.categoryId());
            if (category == null) {
                throw new ChangedElsewhereException(UserText.of("problem.category.chosenDeleted"));
            }
            if (!category.fits(kind)) {
                throw InvalidInputException.of(kind == EntryKind.INCOME ? "problem.category.notIncome" : "problem.category.income",
                        category.getName());
            }
        }
        return checked;
    }

    /**
     * The kept parts of a split payment paid in another currency whose amount or rate was edited (issue 22): their
     * amounts as paid, converted again at the payment's new rate ({@link SplitParts#inCurrency}); null when there is
     * nothing to convert (not split, or the parts have no amounts as paid, or the payment is no longer foreign), and
     * {@link #requireStillAddingUp} decides.
     *
     * @throws app.outlay.text.InvalidInputException when the parts' amounts as paid no longer add up to the payment's
     */
    public static List<SplitPart> reconverted(Session session, long expenseId, ExpenseDetails payment) {
        if (payment.paid() == null) {
            return null;
        }
        List<SplitPart> parts = of(session, expenseId);
        if (parts.isEmpty() || parts.stream().anyMatch(part -> part.original() == null)) {
            return null;
        }
        return SplitParts.inCurrency(payment.paid(), payment.amount(),
                parts.stream().map(part -> part.withAmount(null)).toList(), minorUnits(session));
    }

    /** Refuses a new amount for a split payment whose parts are kept and add up to something else. */
    public static void requireStillAddingUp(Session session, long expenseId, BigDecimal amount) {
        List<SplitPart> parts = of(session, expenseId);
        if (parts.isEmpty()) {
            return;
        }
        BigDecimal sum = parts.stream().map(SplitPart::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(amount) != 0) {
            throw InvalidInputException.of("problem.split.amountChanged", amount.toPlainString(), sum.toPlainString());
        }
    }

    /** The ledger currency's decimals (0 for yen), at most the two every amount is stored with. */
    static int minorUnits(Session session) {
        Ledger ledger = session.find(Ledger.class, Ledger.ID);
        int digits = ledger == null ? Money.SCALE
                : ledger.getCurrency().map(Currency::getDefaultFractionDigits).orElse(Money.SCALE);
        return digits < 0 ? Money.SCALE : Math.min(digits, Money.SCALE);
    }

    /** The parts of one expense in their order; empty for an expense that is not split. */
    public static List<SplitPart> of(Session session, long expenseId) {
        return of(session, List.of(expenseId)).getOrDefault(expenseId, List.of());
    }

    /** The parts of each of {@code expenseIds} that is split, in their order, with their tags. */
    public static Map<Long, List<SplitPart>> of(Session session, Collection<Long> expenseIds) {
        return session.doReturningWork(connection -> of(connection, expenseIds));
    }

    /** As {@link #of(Session, Collection)}, on a plain connection (the list reads without Hibernate). */
    public static Map<Long, List<SplitPart>> of(java.sql.Connection connection, Collection<Long> expenseIds)
            throws java.sql.SQLException {
        Map<Long, List<SplitPart>> parts = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(expenseIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(slice.size(), "?"));
            Map<Long, List<String>> tags = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("select l.split_id, t.name from expense_split_tag l "
                    + "join tag t on t.id = l.tag_id join expense_split s on s.id = l.split_id "
                    + "where s.expense_id in (" + marks + ") order by l.split_id, t.name_key")) {
                bind(query, slice);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("select s.expense_id, s.id, s.category_id, s.amount, "
                    + "s.note, s.original_amount, e.currency from expense_split s join expense e on e.id = s.expense_id "
                    + "where s.expense_id in (" + marks + ") order by s.expense_id, s.position")) {
                bind(query, slice);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        long category = rs.getLong(3);
                        Long categoryId = rs.wasNull() ? null : category;
                        parts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new SplitPart(
                                categoryId, rs.getBigDecimal(4).setScale(Money.SCALE),
                                rs.getString(5), tags.getOrDefault(rs.getLong(2), List.of()), original(rs.getBigDecimal(6), rs.getString(7))));
                    }
                }
            }
        }
        return parts;
    }

    /**
     * Gives the expense exactly these parts (checked already; empty: not split any more), creating the tags they
     * name, and sets its {@code split} flag to match.
     */
    public static void set(Session session, long expenseId, List<SplitPart> parts) {
        session.doWork(connection -> set(connection, expenseId, parts));
    }

    /** As {@link #set(Session, long, List)}, on the caller's connection (an import's stateless session). */
    public static void set(java.sql.Connection connection, long expenseId, List<SplitPart> parts) throws java.sql.SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from expense_split where expense_id = ?")) {
            delete.setLong(1, expenseId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into expense_split "
                + "(id, expense_id, position, category_id, amount, note, original_amount) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement link = connection.prepareStatement("insert into expense_split_tag (split_id, tag_id) values (?, ?)")) {
            int position = 1;
            for (SplitPart part : parts) {
                long id = Sequences.next(connection, "expense_split_seq");
                insert.setLong(1, id);
                insert.setLong(2, expenseId);
                insert.setInt(3, position++);
                insert.setObject(4, part.categoryId(), Types.BIGINT);
                insert.setBigDecimal(5, part.amount());
                insert.setString(6, part.note());
                insert.setBigDecimal(7, part.original());
                insert.executeUpdate();
                for (String tag : part.tags()) {
                    link.setLong(1, id);
                    link.setLong(2, TagLinks.idOf(connection, tag));
                    link.executeUpdate();
                }
            }
        }
        try (PreparedStatement flag = connection.prepareStatement("update expense set split = ? where id = ?")) {
            flag.setBoolean(1, !parts.isEmpty());
            flag.setLong(2, expenseId);
            flag.executeUpdate();
        }
    }

    /** A stored amount as paid (V27 keeps four decimals for every currency) in its payment currency's own: 3200 JPY, 45.00 USD. */
    private static BigDecimal original(BigDecimal stored, String currency) {
        if (stored == null || currency == null) {
            return null;
        }
        return stored.setScale(Currency.getInstance(currency.strip()).getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY);
    }

    private static void bind(PreparedStatement query, List<Long> ids) throws java.sql.SQLException {
        for (int i = 0; i < ids.size(); i++) {
            query.setLong(i + 1, ids.get(i));
        }
    }
}
