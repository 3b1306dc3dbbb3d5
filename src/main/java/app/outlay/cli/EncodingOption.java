package app.outlay.cli;

import picocli.CommandLine;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** Reads {@code --encoding}: any name or alias of a charset this Java has; an unknown one is named back. */
final class EncodingOption implements CommandLine.ITypeConverter<Charset> {

    @Override
    public Charset convert(String value) {
        try {
            return Charset.forName(value.strip());
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new CommandLine.TypeConversionException("there is no encoding named '" + value + "'. Use a name such as "
                    + "UTF-8, UTF-16, windows-1250, windows-1251, windows-1252, ISO-8859-1 or ISO-8859-2 (any of the "
                    + Charset.availableCharsets().size() + " names Java lists in Charset.availableCharsets() works)");
        }
    }
}
