package app.outlay.ui.settings;

import app.outlay.data.DatabaseSettings;
import app.outlay.text.InvalidInputException;
import app.outlay.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 24, finding 2: a database location never carries H2 settings, whether typed in the dialog or in the file. */
class H2LocationFormTest {

    private static final String HOSTILE = "/home/ann/outlay;INIT=RUNSCRIPT FROM '/tmp/evil.sql'";

    @Test
    void theDialogNamesALocationWithH2SettingsAndCannotBeSaved() {
        SettingsForm form = new SettingsForm(Texts.english());
        form.h2PathProperty().set(HOSTILE);
        assertThat(form.problemProperty().get()).isEqualTo("The database file location '" + HOSTILE + "' contains ';', "
                + "which a file location may not: H2 would read what follows as database settings, which can run commands. "
                + "Choose a location without ';'.");

        SettingsForm german = new SettingsForm(Texts.of(Locale.GERMAN));
        german.h2PathProperty().set(HOSTILE);
        assertThat(german.problemProperty().get()).startsWith("Der Speicherort der Datenbankdatei „" + HOSTILE + "“ enthält „;“");

        form.h2PathProperty().set("/home/ann/outlay");
        assertThat(form.problemProperty().get()).isNull();
    }

    @Test
    void theSettingsFileCannotPutH2SettingsIntoTheUrl() {
        Properties properties = new Properties();
        properties.setProperty("db.kind", "h2");
        properties.setProperty("db.h2.path", HOSTILE);
        assertThatThrownBy(() -> DatabaseSettings.fromProperties(properties, Path.of("/home/ann/default")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'" + HOSTILE + "' contains ';'");
        assertThatThrownBy(() -> DatabaseSettings.h2(Path.of(HOSTILE))).isInstanceOf(InvalidInputException.class);
    }
}
