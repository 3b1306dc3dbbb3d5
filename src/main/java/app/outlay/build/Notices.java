package app.outlay.build;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * THIRD-PARTY-NOTICES.txt: the libraries of the CycloneDX bill of materials the build wrote (cyclonedx-maven-plugin,
 * from each library's own pom), one line each with its licence, for people rather than tools.
 */
public final class Notices {

    /** One bundled library. {@code licence} as the pom declares it: an SPDX id, an expression or a name. */
    public record Library(String group, String name, String version, String licence, String website) {
        String coordinates() {
            return group.isEmpty() ? name : group + ":" + name;
        }
    }

    private Notices() {
    }

    /** The libraries of a CycloneDX XML bill of materials (any schema version), sorted by group and name. */
    public static List<Library> read(Path bomXml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document bom = factory.newDocumentBuilder().parse(bomXml.toFile());
        List<Library> libraries = new ArrayList<>();
        for (Element components : children(bom.getDocumentElement(), "components")) {
            for (Element component : children(components, "component")) {
                libraries.add(new Library(text(component, "group"), text(component, "name"), text(component, "version"),
                        licence(component), website(component)));
            }
        }
        // JavaFX comes twice (an empty jar and the one for this OS, by classifier): one line is enough.
        return libraries.stream().distinct()
                .sorted(Comparator.comparing(Library::group).thenComparing(Library::name)).toList();
    }

    public static String text(String appName, String version, List<Library> libraries) {
        StringBuilder out = new StringBuilder();
        out.append("Third-party notices for ").append(appName).append(' ').append(version).append("\n\n");
        out.append("""
                Outlay is licensed under the Apache License, Version 2.0 (the file LICENSE beside this one).
                It bundles the libraries below, unchanged, each under its own licence as its authors publish it; their
                jars are in the app's lib folder. The same list, for tools, is the CycloneDX bill of materials
                outlay-sbom.json (and .xml) beside this file. Where a library names several licences (a / b), they are
                listed as its pom lists them; H2 and Logback, for instance, let you choose either. Each library's source
                code is published on its website and as its -sources.jar on Maven Central (repo.maven.apache.org).

                The Java runtime inside the packaged app is OpenJDK, trimmed with jlink: the GNU General Public
                License, version 2, with the Classpath Exception; its own notices are in the runtime's legal folder
                (lib/runtime/legal).

                """);
        int width = libraries.stream().mapToInt(library -> library.coordinates().length() + library.version().length() + 1)
                .max().orElse(20);
        for (Library library : libraries) {
            String id = library.coordinates() + " " + library.version();
            out.append(id).append(" ".repeat(width - id.length() + 2)).append(library.licence());
            if (!library.website().isEmpty()) {
                out.append("  <").append(library.website()).append('>');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String licence(Element component) {
        List<String> names = new ArrayList<>();
        for (Element licences : children(component, "licenses")) {
            for (Element expression : children(licences, "expression")) {
                names.add(expression.getTextContent().trim());
            }
            for (Element licence : children(licences, "license")) {
                String id = text(licence, "id");
                names.add(id.isEmpty() ? text(licence, "name") : id);
            }
        }
        return names.isEmpty() ? "(no licence declared in its pom)" : String.join(" / ", names);
    }

    private static String website(Element component) {
        for (Element references : children(component, "externalReferences")) {
            for (Element reference : children(references, "reference")) {
                if ("website".equals(reference.getAttribute("type"))) {
                    return text(reference, "url");
                }
            }
        }
        return "";
    }

    private static String text(Element parent, String child) {
        return children(parent, child).stream().map(Node::getTextContent).map(String::trim).findFirst().orElse("");
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName() == null
                    ? element.getTagName() : element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
