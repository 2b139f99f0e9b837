package eu.goodpractice.transfer.testhost;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The AO entities the app's descriptor (as built, from the class path) declares, so tests and stand-in hosts migrate exactly what Confluence would. */
public final class AppEntities {
    private AppEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] declared() {
        try (InputStream in = AppEntities.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document descriptor = factory.newDocumentBuilder().parse(in);
            NodeList entities = descriptor.getElementsByTagName("entity");
            List<Class<? extends RawEntity<?>>> classes = new ArrayList<>();
            for (int i = 0; i < entities.getLength(); i++) {
                classes.add((Class<? extends RawEntity<?>>) Class.forName(entities.item(i).getTextContent().strip()));
            }
            return classes.toArray(Class[]::new);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the AO entities from atlassian-plugin.xml", e);
        }
    }
}
