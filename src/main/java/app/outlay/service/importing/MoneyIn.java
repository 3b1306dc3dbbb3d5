package app.outlay.service.importing;

import app.outlay.domain.EntryKind;

import java.util.Locale;
import java.util.Optional;

/**
 * What an import does with a line of money coming in whose kind the file does not state: leave it out (as Outlay
 * did before entries had kinds), record it as a refund or as income, or follow the suggestion for the line
 * (a refund when its payee matches a recent expense, income otherwise; see {@link MoneyInGuess}).
 */
public enum MoneyIn {
    SKIP, REFUND, INCOME, AUTO;

    /** The word the command line and saved profiles use: skip, refund, income, auto. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MoneyIn> ofKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (MoneyIn choice : values()) {
            if (choice.key().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** The kind this choice records, or null for SKIP and AUTO (no kind, or one decided per line). */
    public EntryKind kind() {
        return switch (this) {
            case REFUND -> EntryKind.REFUND;
            case INCOME -> EntryKind.INCOME;
            default -> null;
        };
    }
}
