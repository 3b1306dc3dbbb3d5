package app.outlay.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The encodings a user can choose for a file: every charset this Java has, the ones bank files use first. */
public final class Encodings {

    private static final List<String> COMMON = List.of("UTF-8", "UTF-16", "UTF-16LE", "UTF-16BE", "windows-1252",
            "windows-1250", "windows-1251", "windows-1257", "ISO-8859-1", "ISO-8859-2", "ISO-8859-15", "x-MacRoman", "IBM850");

    private Encodings() {
    }

    public static List<Charset> choices() {
        Set<Charset> choices = new LinkedHashSet<>();
        for (String name : COMMON) {
            if (Charset.isSupported(name)) {
                choices.add(Charset.forName(name));
            }
        }
        choices.addAll(Charset.availableCharsets().values());
        return new ArrayList<>(choices);
    }
}
