package app.outlay.build;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Linux package's desktop entry and AppStream metadata stay in step with the app. */
class PackagingFilesTest {

    @Test
    void metainfoNamesThisVersionAmongItsReleasesAndTheLaunchableDesktopEntry() throws Exception {
        String version = xpath(Path.of("pom.xml"), "/project/version").replaceAll("-SNAPSHOT$", "");
        Path metainfo = Path.of("installer/linux/app.outlay.Outlay.metainfo.xml");
        assertThat(xpath(metainfo, "/component/releases/release[1]/@version")).as("newest release in the metainfo").isEqualTo(version);
        assertThat(xpath(metainfo, "/component/releases/release[1]/description/p[1]")).isNotBlank();
        // jpackage installs the entry as <package>-<name>.desktop.
        assertThat(xpath(metainfo, "/component/launchable[@type='desktop-id']")).isEqualTo("outlay-Outlay.desktop");
        assertThat(xpath(metainfo, "/component/project_license")).isEqualTo(xpath(Path.of("pom.xml"), "/project/licenses/license[1]/name"));
        for (String image : new String[] {"main-window.png", "import-wizard.png", "reports.png"}) {
            assertThat(Path.of("src/site/images", image)).as("screenshot source").exists();
        }
    }

    @Test
    void desktopEntryOpensCsvFilesWithTheLauncher() throws Exception {
        String entry = Files.readString(Path.of("installer/linux/Outlay.desktop"));
        assertThat(entry).containsPattern("(?m)^Exec=APPLICATION_LAUNCHER %f$")
                .containsPattern("(?m)^MimeType=text/csv;.*$")
                .containsPattern("(?m)^Icon=outlay$");
        for (String size : new String[] {"16", "24", "32", "48", "64", "128", "256", "512"}) {
            assertThat(Path.of("installer/icons/png/outlay-" + size + ".png")).as("hicolor %s px", size).exists();
        }
    }

    private static String xpath(Path file, String expression) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return XPathFactory.newInstance().newXPath().evaluate(expression, document).trim();
    }
}
