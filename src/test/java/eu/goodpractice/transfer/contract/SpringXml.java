package eu.goodpractice.transfer.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * One Spring XML file of the bundle, read as Gemini Blueprint reads it, with XSD validation against the schemas
 * that Spring and Gemini ship in their jars (found through their META-INF/spring.schemas, never the network).
 */
final class SpringXml {
    static final String BEANS = "http://www.springframework.org/schema/beans";
    static final String OSGI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final String name;
    private final byte[] content;
    private final Document document;

    SpringXml(String name, byte[] content) {
        this.name = name;
        this.content = content;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            this.document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw new IllegalStateException(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** Top-level elements of a namespace with a local name, e.g. (BEANS, "bean"). */
    List<Element> elements(String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element child : Descriptor.children(root())) {
            if (namespace.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName())) {
                found.add(child);
            }
        }
        return found;
    }

    /**
     * Validates against the schemas the file's xsi:schemaLocation names, resolved from the class path. Returns the
     * problems (unresolvable schema locations, validation errors with line numbers), empty when valid.
     */
    List<String> validate() {
        Map<String, String> schemaFiles = springSchemas();
        String[] locations = root().getAttributeNS(XSI, "schemaLocation").strip().split("\\s+");
        List<String> problems = new ArrayList<>();
        if (locations.length < 2 || locations.length % 2 != 0) {
            return List.of(name + ": xsi:schemaLocation must list namespace/location pairs, found "
                    + List.of(locations));
        }
        List<Source> schemas = new ArrayList<>();
        for (int i = 1; i < locations.length; i += 2) {
            String resource = schemaFiles.get(locations[i]);
            if (resource == null) {
                problems.add(name + ": schema location " + locations[i] + " (namespace " + locations[i - 1]
                        + ") is not in any META-INF/spring.schemas on the class path, so the host would try to "
                        + "fetch it from the network");
            } else {
                schemas.add(new StreamSource(resource(resource), locations[i]));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                    input(schemaFiles, namespace, systemId));
            Schema schema = factory.newSchema(schemas.toArray(Source[]::new));
            Validator validator = schema.newValidator();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(content), name));
        } catch (Exception e) {
            problems.add(name + ": " + e);
        }
        return problems;
    }

    /** Every META-INF/spring.schemas entry on the class path: schema URL -> class path resource. */
    private static Map<String, String> springSchemas() {
        Map<String, String> schemas = new TreeMap<>();
        try {
            for (URL url : Collections.list(SpringXml.class.getClassLoader().getResources("META-INF/spring.schemas"))) {
                Properties mappings = new Properties();
                try (InputStream in = url.openStream()) {
                    mappings.load(in);
                }
                mappings.forEach((location, resource) -> schemas.put((String) location, (String) resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    /** An imported schema: by its location if given, else the unversioned location of its namespace. */
    private static LSInput input(Map<String, String> schemaFiles, String namespace, String systemId) {
        String location = systemId != null && schemaFiles.containsKey(systemId) ? systemId
                : schemaFiles.keySet().stream().filter(l -> namespace != null && l.startsWith(namespace + "/"))
                .min((a, b) -> a.length() - b.length()).orElse(null);
        if (location == null) {
            return null;
        }
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance()
                    .getDOMImplementation("LS");
            LSInput input = ls.createLSInput();
            input.setByteStream(resource(schemaFiles.get(location)));
            input.setSystemId(location);
            return input;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = SpringXml.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("spring.schemas names " + path + ", which is not on the class path");
        }
        return in;
    }
}
