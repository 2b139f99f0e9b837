package eu.goodpractice.transfer.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The app's atlassian-plugin.xml as the host reads it: the filtered copy the build puts at the root of
 * target/classes (and of the jar). A thin DOM reader: the contract tests decide what is right.
 */
final class Descriptor {
    /** The filtered descriptor the build produced. */
    static final Path BUILT = Path.of("target", "classes", "atlassian-plugin.xml");

    private final Element root;

    private Descriptor(Document document) {
        this.root = document.getDocumentElement();
    }

    static Descriptor built() {
        try (InputStream in = Files.newInputStream(BUILT)) {
            return new Descriptor(parse(new InputSource(in)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + BUILT + "; run the build's process-resources first", e);
        }
    }

    static Descriptor of(String xml) {
        return new Descriptor(parse(new InputSource(new StringReader(xml))));
    }

    private static Document parse(InputSource source) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(source);
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return root;
    }

    String pluginKey() {
        return root.getAttribute("key");
    }

    /** The top-level module elements (everything under the root except plugin-info). */
    List<Element> modules() {
        return children(root).stream().filter(e -> !e.getTagName().equals("plugin-info")).toList();
    }

    List<Element> modules(String type) {
        return children(root, type);
    }

    /** Every element, at any depth, with the given tag name. */
    List<Element> all(String tagName) {
        return elements(root.getElementsByTagName(tagName));
    }

    /** Every element of the descriptor, root included, in document order. */
    List<Element> everyElement() {
        List<Element> all = new ArrayList<>();
        all.add(root);
        all.addAll(elements(root.getElementsByTagName("*")));
        return all;
    }

    /**
     * Attributes and texts that still hold a Maven {@code ${...}} placeholder, as "where: value". Comments do not
     * count: the host never reads them.
     */
    List<String> unfilteredPlaceholders() {
        List<String> unfiltered = new ArrayList<>();
        for (Element element : everyElement()) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (attribute.getValue().contains("${")) {
                    unfiltered.add(where(element) + "@" + attribute.getName() + ": " + attribute.getValue());
                }
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().contains("${")) {
                    unfiltered.add(where(element) + ": " + child.getNodeValue().strip());
                }
            }
        }
        return unfiltered;
    }

    /** The value of {@code <plugin-info><param name="...">}, or null. */
    String pluginInfoParam(String name) {
        for (Element info : children(root, "plugin-info")) {
            for (Element param : children(info, "param")) {
                if (name.equals(param.getAttribute("name"))) {
                    return param.getTextContent().strip();
                }
            }
        }
        return null;
    }

    /** The {@code <ao>} module's namespace attribute, or null when there is no ao module or no namespace. */
    String aoNamespace() {
        return modules("ao").stream().map(ao -> ao.getAttribute("namespace")).filter(s -> !s.isEmpty())
                .findFirst().orElse(null);
    }

    List<String> aoEntities() {
        return modules("ao").stream().flatMap(ao -> children(ao, "entity").stream())
                .map(e -> e.getTextContent().strip()).toList();
    }

    /** The methods of every {@code <velocity-allowlist><method>}; empty when the descriptor has none. */
    Set<String> velocityAllowlist() {
        Set<String> methods = new LinkedHashSet<>();
        for (Element allowlist : modules("velocity-allowlist")) {
            children(allowlist, "method").forEach(m -> methods.add(m.getTextContent().strip()));
        }
        return methods;
    }

    /** The xhtml-macro modules with their names and parameter names. */
    List<Macro> macros() {
        List<Macro> macros = new ArrayList<>();
        for (Element macro : modules("xhtml-macro")) {
            List<Parameter> parameters = new ArrayList<>();
            for (Element block : children(macro, "parameters")) {
                for (Element parameter : children(block, "parameter")) {
                    List<String> values = children(parameter, "value").stream()
                            .map(v -> v.getAttribute("name")).toList();
                    parameters.add(new Parameter(parameter.getAttribute("name"), parameter.getAttribute("type"),
                            values));
                }
            }
            macros.add(new Macro(macro.getAttribute("key"), macro.getAttribute("name"), macro.getAttribute("class"),
                    parameters));
        }
        return macros;
    }

    /**
     * The i18n keys the macro browser looks up for the descriptor's macros: {@code <pluginKey>.<macro>.label},
     * {@code .desc}, and per parameter {@code .param.<name>.label} / {@code .desc} (plus {@code .<value>.desc} for
     * each value of an enum parameter).
     */
    Set<String> macroBrowserKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Macro macro : macros()) {
            String prefix = pluginKey() + "." + macro.name();
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            for (Parameter parameter : macro.parameters()) {
                keys.add(prefix + ".param." + parameter.name() + ".label");
                keys.add(prefix + ".param." + parameter.name() + ".desc");
                parameter.values().forEach(value -> keys.add(prefix + ".param." + parameter.name() + "." + value + ".desc"));
            }
        }
        return keys;
    }

    /**
     * i18n keys the descriptor names itself: attributes {@code i18n-name-key}, {@code title-key},
     * {@code description-key}, {@code name-key}, {@code label-key}, {@code i18n-key}, a blueprint's
     * {@code i18n-index-title-key} and a wizard page's {@code description-header-key} and
     * {@code description-content-key}, and the {@code key} attribute of {@code <description>}, {@code <label>},
     * {@code <tooltip>}, {@code <title>} and {@code <name>} elements.
     */
    Set<String> namedI18nKeys() {
        Set<String> i18nAttributes = Set.of("i18n-name-key", "title-key", "description-key", "name-key", "label-key",
                "i18n-key", "i18n-index-title-key", "description-header-key", "description-content-key");
        Set<String> keyedElements = Set.of("description", "label", "tooltip", "title", "name");
        Set<String> keys = new LinkedHashSet<>();
        for (Element element : everyElement()) {
            for (String attribute : i18nAttributes) {
                if (element.hasAttribute(attribute)) {
                    keys.add(element.getAttribute(attribute));
                }
            }
            if (keyedElements.contains(element.getTagName()) && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
        }
        return keys;
    }

    /** Each {@code <web-resource>}'s key and the texts of its {@code <dependency>} elements, in document order. */
    Map<String, List<String>> webResourceDependencies() {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (Element webResource : modules("web-resource")) {
            dependencies.put(webResource.getAttribute("key"), children(webResource, "dependency").stream()
                    .map(dependency -> dependency.getTextContent().strip()).toList());
        }
        return dependencies;
    }

    /** Each {@code <web-resource>}'s key and the locations of its {@code <resource>} files, in document order. */
    Map<String, List<String>> webResourceLocations() {
        Map<String, List<String>> locations = new LinkedHashMap<>();
        for (Element webResource : modules("web-resource")) {
            locations.put(webResource.getAttribute("key"), children(webResource, "resource").stream()
                    .map(resource -> resource.getAttribute("location")).toList());
        }
        return locations;
    }

    /** The i18n resource base names ({@code <resource type="i18n" location="i18n/x"/>}). */
    List<String> i18nLocations() {
        return all("resource").stream().filter(r -> "i18n".equals(r.getAttribute("type")))
                .map(r -> r.getAttribute("location")).toList();
    }

    /** A one-line description of where an element is, for failure messages. */
    static String where(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String id = e.hasAttribute("key") ? "[key=" + e.getAttribute("key") + "]"
                    : e.hasAttribute("name") ? "[name=" + e.getAttribute("name") + "]" : "";
            path.insert(0, "/" + e.getTagName() + id);
        }
        return path.toString();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String tagName) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tagName)).toList();
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    record Macro(String key, String name, String className, List<Parameter> parameters) {
    }

    record Parameter(String name, String type, List<String> values) {
    }
}
