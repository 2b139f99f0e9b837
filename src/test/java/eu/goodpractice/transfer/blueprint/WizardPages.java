package eu.goodpractice.transfer.blueprint;

import com.google.template.soy.SoyFileSet;
import com.google.template.soy.tofu.SoyTofu;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The wizard pages of the built descriptor: every Soy file among its resources, compiled with Google's Soy
 * compiler and {@link SoyGetText}, and the template of each {@code <dialog-page>}.
 */
final class WizardPages {
    private static final Path CLASSES = Path.of("target", "classes");

    private final SoyTofu tofu;
    private final List<String> templates;

    private WizardPages(SoyTofu tofu, List<String> templates) {
        this.tofu = tofu;
        this.templates = templates;
    }

    static WizardPages compile() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document descriptor = factory.newDocumentBuilder().parse(CLASSES.resolve("atlassian-plugin.xml").toFile());
        SoyFileSet.Builder files = SoyFileSet.builder().addSourceFunction(new SoyGetText());
        NodeList resources = descriptor.getElementsByTagName("resource");
        for (int i = 0; i < resources.getLength(); i++) {
            String location = ((Element) resources.item(i)).getAttribute("location");
            if (location.endsWith(".soy")) {
                files.add(Files.readString(CLASSES.resolve(location), StandardCharsets.UTF_8), location);
            }
        }
        List<String> templates = new ArrayList<>();
        NodeList pages = descriptor.getElementsByTagName("dialog-page");
        for (int i = 0; i < pages.getLength(); i++) {
            templates.add(((Element) pages.item(i)).getAttribute("template-key"));
        }
        return new WizardPages(files.build().compileToTofu(), List.copyOf(templates));
    }

    /** The fully qualified Soy template of every dialog page, in descriptor order. */
    List<String> templates() {
        return templates;
    }

    /** A page as the create dialog shows it: the templates take no parameters. */
    String render(String template) {
        return tofu.newRenderer(template).setData(Map.of()).render();
    }
}
