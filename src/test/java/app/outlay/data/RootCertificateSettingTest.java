package app.outlay.data;

import app.outlay.text.Texts;
import app.outlay.ui.settings.SettingsForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.Driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code db.pg.sslrootcert}: from settings.properties and the dialog to what the PostgreSQL driver is given. */
class RootCertificateSettingTest {

    @TempDir
    Path folder;

    @Test
    void theSettingReachesTheDriverAsOnePathWhateverItHolds() throws Exception {
        Path cert = Files.createDirectories(folder.resolve("certs & keys=1")).resolve("root ca+1.crt");
        Properties file = new Properties();
        file.setProperty("db.kind", "postgresql");
        file.setProperty("db.pg.sslmode", "verify-full");
        file.setProperty("db.pg.sslrootcert", cert.toString());

        DatabaseSettings settings = DatabaseSettings.fromProperties(file, folder.resolve("outlay"));
        Properties driver = Driver.parseURL(settings.jdbcUrl(), new Properties());

        assertThat(settings.sslRootCert()).isEqualTo(cert);
        assertThat(driver.getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(driver.getProperty("sslrootcert")).isEqualTo(cert.toString());
        assertThat(driver.stringPropertyNames()).doesNotContain("keys", " keys");
    }

    @Test
    void itIsWrittenBackAndLeftOutWhenNotChosen() {
        Path cert = folder.resolve("root.crt");
        DatabaseSettings chosen = DatabaseSettings.postgresql("db.example", 5432, "outlay", "ann",
                DatabaseSettings.SslMode.VERIFY_FULL, "secret").withSslRootCert(cert);
        Properties written = new Properties();
        chosen.writeTo(written);
        assertThat(written.getProperty("db.pg.sslrootcert")).isEqualTo(cert.toString());
        assertThat(DatabaseSettings.fromProperties(written, folder).sslRootCert()).isEqualTo(cert);
        assertThat(chosen.withPassword("other").sslRootCert()).isEqualTo(cert);

        chosen.withSslRootCert(null).writeTo(written);
        assertThat(written.stringPropertyNames()).doesNotContain("db.pg.sslrootcert");
        assertThat(Driver.parseURL(chosen.withSslRootCert(null).jdbcUrl(), new Properties()).getProperty("sslrootcert")).isNull();
    }

    @Test
    void theDialogFormCarriesItAndNamesAFileThatCannotBeRead() throws Exception {
        Path cert = Files.writeString(folder.resolve("root.crt"), "-----BEGIN CERTIFICATE-----\n");
        SettingsForm form = new SettingsForm(Texts.english());
        form.load(DatabaseSettings.postgresql("db.example", 5432, "outlay", "ann", DatabaseSettings.SslMode.VERIFY_FULL, null)
                .withSslRootCert(cert), folder.resolve("outlay"));

        assertThat(form.sslRootCertProperty().get()).isEqualTo(cert.toString());
        assertThat(form.problemProperty().get()).isNull();
        assertThat(form.toSettings().sslRootCert()).isEqualTo(cert);

        form.sslRootCertProperty().set(folder.resolve("missing.crt").toString());
        assertThat(form.problemProperty().get())
                .isEqualTo("Root certificate: \u201c" + folder.resolve("missing.crt") + "\u201d is not a readable file");
        form.sslRootCertProperty().set("  ");
        assertThat(form.problemProperty().get()).isNull();
        assertThat(form.toSettings().sslRootCert()).isNull();
    }
}
