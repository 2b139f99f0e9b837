package eu.goodpractice.transfer.workbench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Confluence storage format (XHTML with {@code ac:} macros) turned into HTML for viewing: every
 * {@code ac:structured-macro} is handed to a {@link MacroRunner}, the rest is written back as HTML without scripts
 * or event handlers. A body that is not well-formed is shown as an error, as Confluence refuses to save one.
 */
public final class StorageFormat {
    static final String AC = "http://atlassian.com/content";
    static final String RI = "http://atlassian.com/resource/identifier";
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "input", "meta", "link", "wbr");
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "object", "embed");
    private static final Pattern ENTITY = Pattern.compile("&([a-zA-Z][a-zA-Z0-9]*);");
    private static final Map<String, String> HTML_ENTITIES = Map.ofEntries(
            Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("hellip", "\u2026"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("bdquo", "\u201e"),
            Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("euro", "\u20ac"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("deg", "\u00b0"),
            Map.entry("middot", "\u00b7"), Map.entry("bull", "\u2022"), Map.entry("times", "\u00d7"),
            Map.entry("auml", "\u00e4"), Map.entry("ouml", "\u00f6"), Map.entry("uuml", "\u00fc"),
            Map.entry("Auml", "\u00c4"), Map.entry("Ouml", "\u00d6"), Map.entry("Uuml", "\u00dc"),
            Map.entry("szlig", "\u00df"), Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"),
            Map.entry("agrave", "\u00e0"), Map.entry("ccedil", "\u00e7"), Map.entry("ntilde", "\u00f1"));

    /** Runs one macro of the page; returns its HTML, or the error box Confluence would show. */
    public interface MacroRunner {
        String run(String name, Map<String, String> parameters, String body);
    }

    private StorageFormat() {
    }

    /** Checks that a body would be accepted on save; returns the parser's complaint, or null when fine. */
    public static String problemIn(String storage) {
        try {
            parse(storage);
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    public static String toHtml(String storage, MacroRunner macros) {
        Element root;
        try {
            root = parse(storage);
        } catch (Exception e) {
            return "<div class=\"aui-message aui-message-error\"><p class=\"title\">The page body is not valid "
                    + "storage format</p><p>" + escape(e.getMessage()) + "</p></div>";
        }
        StringBuilder html = new StringBuilder();
        children(root, html, macros);
        return html.toString();
    }

    private static Element parse(String storage) throws Exception {
        String xml = "<wb-root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + numericEntities(storage)
                + "</wb-root>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return document.getDocumentElement();
    }

    /** Storage format allows HTML's named entities; XML knows only five. */
    private static String numericEntities(String storage) {
        Matcher matcher = ENTITY.matcher(storage == null ? "" : storage);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = switch (name) {
                case "amp", "lt", "gt", "quot", "apos" -> matcher.group();
                default -> HTML_ENTITIES.containsKey(name)
                        ? "&#" + HTML_ENTITIES.get(name).codePointAt(0) + ";" : "&amp;" + name + ";";
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static void children(Node parent, StringBuilder html, MacroRunner macros) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            node(nodes.item(i), html, macros);
        }
    }

    private static void node(Node node, StringBuilder html, MacroRunner macros) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            html.append(escape(node.getNodeValue()));
        } else if (node instanceof Element element) {
            if (AC.equals(element.getNamespaceURI())) {
                confluenceElement(element, html, macros);
            } else {
                htmlElement(element, html, macros);
            }
        }
    }

    private static void confluenceElement(Element element, StringBuilder html, MacroRunner macros) {
        if ("structured-macro".equals(element.getLocalName())) {
            Map<String, String> parameters = new LinkedHashMap<>();
            String body = "";
            for (Element child : acChildren(element)) {
                if ("parameter".equals(child.getLocalName())) {
                    parameters.put(child.getAttributeNS(AC, "name"), child.getTextContent());
                } else if (child.getLocalName().endsWith("-body")) {
                    body = child.getTextContent();
                }
            }
            html.append(macros.run(element.getAttributeNS(AC, "name"), parameters, body));
        } else {
            children(element, html, macros); // links, images and the like: their text only
        }
    }

    private static void htmlElement(Element element, StringBuilder html, MacroRunner macros) {
        String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        tag = tag.toLowerCase(Locale.ROOT);
        if (DROPPED.contains(tag)) {
            return;
        }
        html.append('<').append(tag);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getNodeName().toLowerCase(Locale.ROOT);
            String value = attribute.getNodeValue();
            if (name.startsWith("on") || name.startsWith("xmlns")
                    || value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                continue;
            }
            html.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
        html.append('>');
        if (VOID.contains(tag)) {
            return;
        }
        children(element, html, macros);
        html.append("</").append(tag).append('>');
    }

    private static List<Element> acChildren(Element element) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && AC.equals(child.getNamespaceURI())) {
                found.add(child);
            }
        }
        return found;
    }

    /** The app's own HTML escaping: the workbench writes text into pages the same way the app does. */
    public static String escape(String text) {
        return eu.goodpractice.transfer.shared.Html.escape(text);
    }
}
