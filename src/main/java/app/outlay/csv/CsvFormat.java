package app.outlay.csv;

import app.outlay.text.InvalidInputException;
import app.outlay.text.UserText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How a file is written: everything the import needs to read it, detected by {@link CsvDetector} and changeable
 * by the user.
 *
 * @param thousands  the grouping separator allowed in amounts, or null for none
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd.MM.yyyy}
 * @param sign       which sign of a single amount column is money going out
 * @param firstLine  the physical line (from 1) the header, or the first record, is on: the lines before it are a
 *                   preamble (a bank's account details, Excel's {@code sep=;}) that is not read as records
 */
public record CsvFormat(Charset encoding, char delimiter, char quote, boolean header,
                        char decimal, Character thousands, String dateFormat, AmountSign sign, int firstLine) {

    /** Which amounts are expenses when one signed column holds both directions. */
    public enum AmountSign {
        /** Outlay's own format: amount &gt; 0 is an expense; a negative one (a refund) is money coming in. */
        POSITIVE_IS_EXPENSE,
        /** A bank statement: money going out is negative. */
        NEGATIVE_IS_EXPENSE
    }

    /** docs/design.md §3: RFC 4180, UTF-8, header, ISO dates, '.' decimals, amount &gt; 0. */
    public static final CsvFormat CANONICAL = new CsvFormat(StandardCharsets.UTF_8, ',', '"', true, '.', null,
            "yyyy-MM-dd", AmountSign.POSITIVE_IS_EXPENSE);

    /** A file whose records start on its first line. */
    public CsvFormat(Charset encoding, char delimiter, char quote, boolean header, char decimal, Character thousands,
                     String dateFormat, AmountSign sign) {
        this(encoding, delimiter, quote, header, decimal, thousands, dateFormat, sign, 1);
    }

    public CsvFormat {
        Objects.requireNonNull(encoding, "encoding");
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine " + firstLine);
        }
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(sign, "sign");
        if (decimal != '.' && decimal != ',') {
            throw InvalidInputException.of("problem.format.decimal", String.valueOf(decimal));
        }
        if (thousands != null && thousands == decimal) {
            throw InvalidInputException.of("problem.format.thousands", String.valueOf(decimal));
        }
        if (delimiter == quote || delimiter == '\n' || delimiter == '\r') {
            throw InvalidInputException.of("problem.format.delimiter", nameOf(delimiter));
        }
        DateFormats.formatter(dateFormat); // fails early with a readable message
    }

    public CsvFormat withEncoding(Charset value) {
        return new CsvFormat(value, delimiter, quote, header, decimal, thousands, dateFormat, sign, firstLine);
    }

    public CsvFormat withDelimiter(char value) {
        return new CsvFormat(encoding, value, quote, header, decimal, thousands, dateFormat, sign, firstLine);
    }

    public CsvFormat withHeader(boolean value) {
        return new CsvFormat(encoding, delimiter, quote, value, decimal, thousands, dateFormat, sign, firstLine);
    }

    /** Changes the decimal separator; a thousands separator that would clash with it is dropped. */
    public CsvFormat withDecimal(char value) {
        Character grouping = thousands != null && thousands == value ? null : thousands;
        return new CsvFormat(encoding, delimiter, quote, header, value, grouping, dateFormat, sign, firstLine);
    }

    public CsvFormat withThousands(Character value) {
        return new CsvFormat(encoding, delimiter, quote, header, decimal, value, dateFormat, sign, firstLine);
    }

    public CsvFormat withDateFormat(String value) {
        return new CsvFormat(encoding, delimiter, quote, header, decimal, thousands, value, sign, firstLine);
    }

    public CsvFormat withSign(AmountSign value) {
        return new CsvFormat(encoding, delimiter, quote, header, decimal, thousands, dateFormat, value, firstLine);
    }

    public CsvFormat withFirstLine(int value) {
        return new CsvFormat(encoding, delimiter, quote, header, decimal, thousands, dateFormat, sign, value);
    }

    /** The delimiter as people name it: "," ";" "tab". */
    public static String describeChar(Character c) {
        if (c == null) {
            return "none";
        }
        return switch (c) {
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> String.valueOf(c);
        };
    }

    /** A separator named in a message for people: the character, or the word for tab, space or none in their language. */
    public static UserText nameOf(Character c) {
        if (c == null) {
            return UserText.of("char.none");
        }
        return switch (c) {
            case '\t' -> UserText.of("char.tab");
            case ' ' -> UserText.of("char.space");
            default -> UserText.of("verbatim", String.valueOf(c));
        };
    }

    /** Reads "tab", "space", "none", "\t" or a single character, as the command line and saved profiles write it. */
    public static Character parseChar(String text) {
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "tab", "\\t", "\t" -> '\t';
            case "space", " " -> ' ';
            case "none", "" -> null;
            default -> {
                if (text.length() != 1) {
                    throw InvalidInputException.of("problem.format.character", text);
                }
                yield text.charAt(0);
            }
        };
    }
}
