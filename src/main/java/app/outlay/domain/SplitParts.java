package app.outlay.domain;

import app.outlay.text.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a split keeps: at least two parts, each above zero in the ledger currency's minor units, together the
 * payment's amount exactly. A broken rule is refused with a message naming the part (counted from 1) and its value.
 */
public final class SplitParts {

    /** Fewer parts than this are no split. */
    public static final int MIN_PARTS = 2;

    private SplitParts() {
    }

    /**
     * The parts, their amounts at the ledger's scale, or throws.
     *
     * @param payment    the payment's amount, already checked
     * @param minorUnits the ledger currency's decimals (2 for euros, 0 for yen), at most {@link Money#SCALE}
     * @throws InvalidInputException naming the part and value that break a rule; nothing is saved
     */
    public static List<SplitPart> check(BigDecimal payment, List<SplitPart> parts, int minorUnits) {
        if (parts.size() < MIN_PARTS) {
            throw InvalidInputException.of("problem.split.tooFew", MIN_PARTS, parts.size());
        }
        List<SplitPart> checked = new ArrayList<>(parts.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            SplitPart part = parts.get(i);
            BigDecimal amount = amount(i + 1, part.amount(), Math.min(minorUnits, Money.SCALE));
            if (part.note() != null && part.note().length() > ExpenseDetails.NOTES_MAX) {
                throw InvalidInputException.of("problem.split.part.noteTooLong", i + 1, ExpenseDetails.NOTES_MAX, part.note().length());
            }
            checked.add(new SplitPart(part.categoryId(), amount, part.note(), part.tags(), part.original()));
            sum = sum.add(amount);
        }
        if (sum.compareTo(payment) != 0) {
            throw InvalidInputException.of("problem.split.sum", sum.setScale(Money.SCALE).toPlainString(),
                    payment.setScale(Money.SCALE).toPlainString(),
                    payment.subtract(sum).setScale(Money.SCALE).toPlainString());
        }
        return List.copyOf(checked);
    }

    /**
     * The parts of a payment paid in another currency (issue 22), each with its amount as paid and its ledger amount,
     * or throws. The amounts as paid must add up to the payment's exactly. Parts that all come with their ledger
     * amounts (an import, an undo) keep them, checked as {@link #check} does; parts typed in the payment's currency get
     * theirs from the payment's rate: each part's original × rate, rounded half-even to the ledger currency's minor
     * units, and what those roundings leave over (a cent or two, either way) on the largest part, so that the parts
     * add up to the payment's ledger amount exactly — on the largest because a cent there changes its rate least.
     *
     * @param paid         the payment's amount as paid, already checked
     * @param ledgerAmount the payment's amount in the ledger's currency
     * @param minorUnits   the ledger currency's decimals, at most {@link Money#SCALE}
     * @throws InvalidInputException naming the part and value that break a rule; nothing is saved
     */
    public static List<SplitPart> inCurrency(ForeignAmount paid, BigDecimal ledgerAmount, List<SplitPart> parts, int minorUnits) {
        if (parts.size() < MIN_PARTS) {
            throw InvalidInputException.of("problem.split.tooFew", MIN_PARTS, parts.size());
        }
        int digits = ForeignAmount.minorUnits(paid.currency());
        String code = paid.code();
        BigDecimal sum = BigDecimal.ZERO;
        List<BigDecimal> originals = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal original = parts.get(i).original();
            if (original == null) {
                throw InvalidInputException.of("problem.split.part.required", i + 1);
            }
            if (original.signum() <= 0) {
                throw InvalidInputException.of("problem.split.part.notPositive", i + 1, original.toPlainString());
            }
            if (original.stripTrailingZeros().scale() > digits) {
                throw InvalidInputException.of("problem.split.part.originalDecimals", i + 1, original.toPlainString(), code, digits);
            }
            originals.add(original.setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY));
            sum = sum.add(original);
        }
        if (sum.compareTo(paid.original()) != 0) {
            throw InvalidInputException.of("problem.split.originalSum", sum.setScale(digits).toPlainString(), code,
                    paid.original().toPlainString(), paid.original().subtract(sum).setScale(digits).toPlainString());
        }
        List<SplitPart> withOriginals = new ArrayList<>(parts.size());
        boolean allGiven = parts.stream().allMatch(part -> part.amount() != null);
        List<BigDecimal> amounts = allGiven ? parts.stream().map(SplitPart::amount).toList() : converted(paid, ledgerAmount, originals, minorUnits);
        for (int i = 0; i < parts.size(); i++) {
            SplitPart part = parts.get(i);
            withOriginals.add(new SplitPart(part.categoryId(), amounts.get(i), part.note(), part.tags(), originals.get(i)));
        }
        return check(ledgerAmount, withOriginals, minorUnits);
    }

    /** Each original at the payment's rate; the rounding left over on the largest part (the first of equals). */
    private static List<BigDecimal> converted(ForeignAmount paid, BigDecimal ledgerAmount, List<BigDecimal> originals, int minorUnits) {
        int digits = Math.min(minorUnits, Money.SCALE);
        List<BigDecimal> amounts = new ArrayList<>(originals.size());
        BigDecimal sum = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < originals.size(); i++) {
            BigDecimal amount = originals.get(i).multiply(paid.rate()).setScale(digits, RoundingMode.HALF_EVEN).setScale(Money.SCALE);
            amounts.add(amount);
            sum = sum.add(amount);
            if (originals.get(i).compareTo(originals.get(largest)) > 0) {
                largest = i;
            }
        }
        // The rounding cent(s): 10 + 10 + 10 USD at 0.3333 EUR are 3.33 each, 9.99 together, of a 10.00 EUR payment.
        amounts.set(largest, amounts.get(largest).add(ledgerAmount.subtract(sum)));
        return amounts;
    }

    /** What is left to assign: the payment less the parts' amounts (negative when the parts are too much). */
    public static BigDecimal leftToAssign(BigDecimal payment, List<BigDecimal> amounts) {
        BigDecimal left = payment;
        for (BigDecimal amount : amounts) {
            left = left.subtract(amount);
        }
        return left.scale() < Money.SCALE ? left.setScale(Money.SCALE) : left;
    }

    private static BigDecimal amount(int number, BigDecimal amount, int minorUnits) {
        if (amount == null) {
            throw InvalidInputException.of("problem.split.part.required", number);
        }
        if (amount.signum() <= 0) {
            throw InvalidInputException.of("problem.split.part.notPositive", number, amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > minorUnits) {
            throw InvalidInputException.of("problem.split.part.decimals", number, amount.toPlainString(), minorUnits);
        }
        return amount.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
    }
}
