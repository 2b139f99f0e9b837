package eu.goodpractice.transfer.blueprint;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import eu.goodpractice.transfer.workbench.blueprint.ContentTemplate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A content template as Confluence fills it when a blueprint creates a page: every {@code <at:var at:name="x"/>}
 * becomes the context variable x, escaped for XML unless the element says {@code at:rawxhtml="true"} (then it is
 * inserted as it is). Stricter than Confluence on purpose: a variable the context lacks, or any other {@code at:}
 * element, fails the test instead of printing nothing.
 */
final class StorageTemplate {
    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates", "blueprints");
    private static final Pattern VARIABLE = Pattern.compile("<at:var\\b([^>]*?)/>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");

    private final String name;
    private final String text;

    private StorageTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    static StorageTemplate named(String fileName) {
        try {
            return new StorageTemplate(fileName, Files.readString(TEMPLATES.resolve(fileName), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills the template as the workbench (and Confluence) does, after checking that the context provider sets every
     * variable the template names: a missing one would silently leave a gap on the created page.
     */
    String fill(Map<String, Object> context) {
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            String variable = attributes(matcher.group(1)).get("at:name");
            if (variable == null || !context.containsKey(variable)) {
                throw new AssertionError(name + ": " + matcher.group() + " names a variable the context provider "
                        + "does not set; it has " + context.keySet());
            }
        }
        String filled = ContentTemplate.fill(text, context);
        if (filled.contains("<at:")) {
            throw new AssertionError(name + ": template markup left after filling in the variables: " + filled);
        }
        return filled;
    }

    /** Parses filled-in storage format inside a root declaring Confluence's namespaces; fails if it is not XML. */
    static Document parse(String storage) {
        String document = "<root xmlns:ac=\"http://atlassian.com/content\""
                + " xmlns:ri=\"http://atlassian.com/resource/identifier\""
                + " xmlns:at=\"http://atlassian.com/template\">" + storage + "</root>";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(document)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed storage format: " + e.getMessage() + "\n" + storage, e);
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            attributes.put(matcher.group(1), matcher.group(2));
        }
        return attributes;
    }
}
