package eu.goodpractice.transfer.shared;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Finds a macro in a page body in Confluence storage format and reads its parameters. */
public final class StorageMacros {
    private static final String AC = "http://atlassian.com/content";
    private static final Pattern NAMED_ENTITY = Pattern.compile("&(?!(amp|lt|gt|quot|apos);)([a-zA-Z][a-zA-Z0-9]*);");

    private StorageMacros() {
    }

    /** The parameters of the first macro of that name, or empty when the body has none (or is not readable). */
    public static Optional<Map<String, String>> parameters(String body, String macroName) {
        if (body == null || !body.contains(macroName)) {
            return Optional.empty();
        }
        try {
            // HTML's named entities are legal in storage format but unknown to XML; parameters rarely use them
            String xml = "<root xmlns:ac=\"" + AC + "\" xmlns:ri=\"http://atlassian.com/resource/identifier\">"
                    + NAMED_ENTITY.matcher(body).replaceAll(Matcher.quoteReplacement("&amp;") + "$2;") + "</root>";
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList macros = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagNameNS(AC, "structured-macro");
            for (int i = 0; i < macros.getLength(); i++) {
                Element macro = (Element) macros.item(i);
                if (macroName.equals(macro.getAttributeNS(AC, "name"))) {
                    return Optional.of(parametersOf(macro));
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> parametersOf(Element macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        NodeList children = macro.getElementsByTagNameNS(AC, "parameter");
        for (int i = 0; i < children.getLength(); i++) {
            Element parameter = (Element) children.item(i);
            if (parameter.getParentNode() == macro) {
                parameters.put(parameter.getAttributeNS(AC, "name"), parameter.getTextContent());
            }
        }
        return parameters;
    }
}
