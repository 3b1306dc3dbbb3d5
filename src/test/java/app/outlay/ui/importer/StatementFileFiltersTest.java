package app.outlay.ui.importer;

import app.outlay.text.Texts;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding 19: the import chooser shows every statement file by default, then one filter per format, then all files. */
class StatementFileFiltersTest {

    @Test
    void theDefaultFilterShowsEveryFormatTheImportReads() {
        List<FileChooser.ExtensionFilter> filters = StatementFileFilters.of(Texts.english().bundle());
        assertThat(filters.get(0).getDescription()).isEqualTo("All statement files");
        assertThat(filters.get(0).getExtensions()).contains("*.csv", "*.txt", "*.ofx", "*.qfx", "*.qif", "*.xml", "*.sta",
                "*.mt940", "*.OFX", "*.QIF", "*.XML", "*.STA").doesNotHaveDuplicates();
        assertThat(filters).extracting(FileChooser.ExtensionFilter::getDescription).containsExactly("All statement files",
                "CSV files", "OFX/QFX files", "QIF files", "CAMT.053 files (XML)", "MT940 files", "All files");
        assertThat(filters.get(filters.size() - 1).getExtensions()).containsExactly("*");
    }

    @Test
    void itsTitleAndFiltersAreInBothLanguages() {
        var german = Texts.of(Locale.GERMAN);
        assertThat(StatementFileFilters.of(german.bundle())).extracting(FileChooser.ExtensionFilter::getDescription)
                .startsWith("Alle Kontoauszugsdateien", "CSV-Dateien", "OFX/QFX-Dateien");
        assertThat(german.get("import.chooser.title")).isEqualTo("Kontoauszug importieren…");
        assertThat(Texts.english().get("import.chooser.title")).isEqualTo("Import a statement…");
    }
}
