package eu.goodpractice.transfer.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import com.google.template.soy.SoyFileSet;
import eu.goodpractice.transfer.workbench.blueprint.SoyGetText;
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

    /**
     * A page as the create dialog shows it (the templates take no parameters), with {@code getText} answered from
     * the English bundle; a key the bundle lacks fails the render, as a page showing raw keys would fail a user.
     */
    String render(String template) {
        return SoyGetText.with(STRICT_ENGLISH, () -> tofu.newRenderer(template).setData(Map.of()).render());
    }

    /** The English text of a key, or a failure when the base bundle lacks it. */
    static String english(String key) {
        return ENGLISH.getString(key);
    }

    private static final java.util.ResourceBundle ENGLISH = java.util.ResourceBundle.getBundle("i18n/practice-transfer",
            java.util.Locale.ROOT, java.util.ResourceBundle.Control.getNoFallbackControl(
                    java.util.ResourceBundle.Control.FORMAT_PROPERTIES));

    private static final I18nResolver STRICT_ENGLISH = new I18nResolver() {
        @Override
        public String getText(String key) {
            return english(key);
        }

        @Override
        public String getText(String key, java.io.Serializable... arguments) {
            return java.text.MessageFormat.format(english(key), (Object[]) arguments);
        }

        @Override
        public String getText(java.util.Locale locale, String key, java.io.Serializable... arguments) {
            return getText(key, arguments);
        }
    };
}
