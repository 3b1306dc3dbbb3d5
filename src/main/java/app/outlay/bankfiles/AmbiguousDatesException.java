package app.outlay.bankfiles;

import app.outlay.text.UserText;

/**
 * A QIF file whose slashed dates all fit both month/day and day/month ({@code 03/04/2026}): the caller asks the user
 * which it is and reads the file again with that {@link QifDates.Order}.
 */
public final class AmbiguousDatesException extends BankFileException {

    public AmbiguousDatesException(long line, String example) {
        super(UserText.of("bankfile.ambiguousDates", String.valueOf(line), example));
    }
}
