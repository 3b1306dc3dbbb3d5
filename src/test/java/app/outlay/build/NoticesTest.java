package app.outlay.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** THIRD-PARTY-NOTICES.txt lists every library of the CycloneDX bill of materials with its licence. */
class NoticesTest {

    private static final String BOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.6" version="1">
              <metadata><component type="application"><group>app.outlay</group><name>outlay</name><version>0.1.0</version></component></metadata>
              <components>
                <component type="library">
                  <group>com.h2database</group><name>h2</name><version>2.5.252</version>
                  <licenses><license><id>MPL-2.0</id></license><license><name>EPL 1.0</name><url>https://opensource.org/licenses/eclipse-1.0.php</url></license></licenses>
                  <externalReferences><reference type="vcs"><url>https://github.com/h2database/h2database</url></reference>
                    <reference type="website"><url>https://h2database.com</url></reference></externalReferences>
                </component>
                <component type="library">
                  <group>org.openjfx</group><name>javafx-base</name><version>21.0.11</version>
                  <licenses><expression>GPL-2.0-with-classpath-exception</expression></licenses>
                </component>
                <component type="library">
                  <group>org.openjfx</group><name>javafx-base</name><version>21.0.11</version>
                  <licenses><expression>GPL-2.0-with-classpath-exception</expression></licenses>
                </component>
                <component type="library"><group>com.example</group><name>quiet</name><version>1</version></component>
              </components>
            </bom>
            """;

    @Test
    void readsLicencesExpressionsAndWebsitesOncePerLibrary(@TempDir Path temp) throws Exception {
        Path bom = Files.writeString(temp.resolve("bom.xml"), BOM);
        List<Notices.Library> libraries = Notices.read(bom);
        assertThat(libraries).containsExactly(
                new Notices.Library("com.example", "quiet", "1", "(no licence declared in its pom)", ""),
                new Notices.Library("com.h2database", "h2", "2.5.252", "MPL-2.0 / EPL 1.0", "https://h2database.com"),
                new Notices.Library("org.openjfx", "javafx-base", "21.0.11", "GPL-2.0-with-classpath-exception", ""));

        String text = Notices.text("Outlay", "0.1.0", libraries);
        assertThat(text).startsWith("Third-party notices for Outlay 0.1.0\n").contains("Apache License, Version 2.0")
                .containsPattern("(?m)^com\\.h2database:h2 2\\.5\\.252 +MPL-2\\.0 / EPL 1\\.0  <https://h2database\\.com>$")
                .doesNotContain("app.outlay:outlay");
    }
}
