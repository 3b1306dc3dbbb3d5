package app.outlay.service.ledger;

import app.outlay.domain.Money;
import app.outlay.domain.SplitPart;
import app.outlay.domain.SplitParts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The parts of a split payment as {@link LedgerConversion} converts them with their payment (issue 22). */
final class ConvertedParts {

    private ConvertedParts() {
    }

    /**
     * A split payment's parts in the new currency: parts with amounts as paid are converted as the dialog's are
     * ({@link SplitParts#inCurrency}); parts in the old ledger currency become amounts as paid in it; parts of a
     * payment now in the ledger's own currency are their amounts as paid. Parts from before V27 of a foreign
     * payment (ledger amounts only) keep their shares of the payment.
     */
    static List<SplitPart> of(ConvertedEntry payment, List<SplitPart> parts, Currency from, Currency to) {
        int digits = Math.min(Money.SCALE, Math.max(0, to.getDefaultFractionDigits()));
        boolean originals = !parts.isEmpty() && parts.stream().allMatch(p -> p.original() != null);
        if (payment.paid() == null) {
            // now in the ledger's own currency: what was paid is the amount
            return originals ? parts.stream().map(p -> new SplitPart(p.categoryId(), p.original().setScale(Money.SCALE, RoundingMode.HALF_EVEN),
                    p.note(), p.tags(), null)).toList() : shares(parts, payment, digits);
        }
        if (originals) {
            return SplitParts.inCurrency(payment.paid(), payment.ledgerAmount(),
                    parts.stream().map(p -> p.withAmount(null)).toList(), digits);
        }
        if (payment.paid().currency().equals(from)) {
            // in the old ledger currency: each part's amount is now its amount as paid
            return SplitParts.inCurrency(payment.paid(), payment.ledgerAmount(),
                    parts.stream().map(p -> new SplitPart(p.categoryId(), null, p.note(), p.tags(), p.amount())).toList(), digits);
        }
        return shares(parts, payment, digits);
    }

    /** Each part's share of the payment's old amount, of its new one; what rounding leaves over on the largest part. */
    private static List<SplitPart> shares(List<SplitPart> parts, ConvertedEntry payment, int digits) {
        List<SplitPart> result = new ArrayList<>(parts.size());
        BigDecimal sum = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal share = parts.get(i).amount().multiply(payment.ledgerAmount())
                    .divide(payment.oldAmount(), digits, RoundingMode.HALF_EVEN).setScale(Money.SCALE);
            result.add(new SplitPart(parts.get(i).categoryId(), share, parts.get(i).note(), parts.get(i).tags(), null));
            sum = sum.add(share);
            if (parts.get(i).amount().compareTo(parts.get(largest).amount()) > 0) {
                largest = i;
            }
        }
        SplitPart big = result.get(largest);
        result.set(largest, big.withAmount(big.amount().add(payment.ledgerAmount().subtract(sum))));
        return result;
    }
}
