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
            checked.add(new SplitPart(part.categoryId(), amount, part.note(), part.tags()));
            sum = sum.add(amount);
        }
        if (sum.compareTo(payment) != 0) {
            throw InvalidInputException.of("problem.split.sum", sum.setScale(Money.SCALE).toPlainString(),
                    payment.setScale(Money.SCALE).toPlainString(),
                    payment.subtract(sum).setScale(Money.SCALE).toPlainString());
        }
        return List.copyOf(checked);
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
