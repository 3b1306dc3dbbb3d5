import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/**
 * Prints the pom's metadata the installer needs, one "key=value" per line, so build.sh and build.ps1 take
 * version, vendor, description, copyright and licence from the pom instead of repeating them.
 * Run with the source launcher: {@code java installer/PomInfo.java pom.xml}. A real XML parser (not sed)
 * because {@code <name>} occurs at several levels; one JVM start (~1 s) instead of one
 * {@code mvn help:evaluate} per field (~1.5 s each).
 */
public class PomInfo {
    public static void main(String[] args) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(args[0]));
        XPath xpath = XPathFactory.newInstance().newXPath();
        String[][] fields = {
            {"name", "/project/name"},
            {"version", "/project/version"},
            {"description", "/project/description"},
            {"vendor", "/project/organization/name"},
            {"year", "/project/inceptionYear"},
            {"license", "/project/licenses/license[1]/name"},
            {"licenseUrl", "/project/licenses/license[1]/url"},
            {"url", "/project/url"},
            {"email", "/project/developers/developer[1]/email"},
        };
        for (String[] field : fields) {
            // Collapse whitespace: a value wrapped over several lines in the pom stays one line here.
            String value = xpath.evaluate(field[1], pom).trim().replaceAll("\\s+", " ");
            System.out.println(field[0] + "=" + value);
        }
    }
}
