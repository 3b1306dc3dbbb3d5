package app.outlay.ui.importer;

import javafx.stage.FileChooser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The import file chooser's filters: first (the default) every kind of file the import reads, then one per format and
 * all files. A bank's OFX, QIF, CAMT or MT940 file must not be hidden behind a CSV-only default. Each pattern is given
 * in lower and upper case: the GTK chooser matches case-sensitively.
 */
public final class StatementFileFilters {

    /** The bundle key of each format's filter with its extensions; the import tells formats apart by content, not name. */
    private static final List<String[]> FORMATS = List.of(
            new String[] {"import.chooser.csv", "csv", "txt"},
            new String[] {"import.chooser.ofx", "ofx", "qfx"},
            new String[] {"import.chooser.qif", "qif"},
            new String[] {"import.chooser.camt", "xml"},
            new String[] {"import.chooser.mt940", "sta", "mt940", "940", "txt"});

    private StatementFileFilters() {
    }

    public static List<FileChooser.ExtensionFilter> of(ResourceBundle texts) {
        List<FileChooser.ExtensionFilter> filters = new ArrayList<>();
        List<String> every = new ArrayList<>();
        for (String[] format : FORMATS) {
            for (String pattern : patterns(format)) {
                if (!every.contains(pattern)) {
                    every.add(pattern);
                }
            }
        }
        filters.add(new FileChooser.ExtensionFilter(texts.getString("import.chooser.statements"), every));
        for (String[] format : FORMATS) {
            filters.add(new FileChooser.ExtensionFilter(texts.getString(format[0]), patterns(format)));
        }
        filters.add(new FileChooser.ExtensionFilter(texts.getString("import.chooser.all"), "*"));
        return filters;
    }

    private static List<String> patterns(String[] format) {
        List<String> patterns = new ArrayList<>();
        for (int i = 1; i < format.length; i++) {
            patterns.add("*." + format[i]);
            patterns.add("*." + format[i].toUpperCase(Locale.ROOT));
        }
        return patterns.stream().distinct().toList();
    }
}
