package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The blueprint modules of atlassian-plugin.xml hang together as the create-content plugin needs them (host API
 * facts §6): a create-dialog web-item names its blueprint, a blueprint its content templates, index key and
 * result, a template its storage-format resource and context provider, a wizard page a Soy template that a web
 * resource with the Soy transformer and the create-content dependency delivers, and the wizard script registers
 * each wizard under the key Confluence looks it up by (plugin key : web-item key) with the page ids of the
 * descriptor.
 */
class BlueprintDescriptorTest {
    private static final String CREATE_DIALOG = "system.create.dialog/content";
    private static final String CREATE_CONTENT = "com.atlassian.confluence.plugins.confluence-create-content-plugin:resources";
    private static final Pattern SOY_NAMESPACE = Pattern.compile("\\{namespace\\s+([\\w.]+)");
    private static final Pattern SOY_TEMPLATE = Pattern.compile("\\{template\\s+\\.(\\w+)");
    private static final Pattern JS_PLUGIN_KEY = Pattern.compile("PLUGIN_KEY\\s*=\\s*'([^']+)'");
    private static final Pattern JS_WIZARD = Pattern.compile("'([\\w-]+)'\\s*:\\s*'(\\w+)'");

    private final Descriptor descriptor = Descriptor.built();

    @Test
    void everyCreateDialogItemNamesABlueprintAndHasAnIcon() {
        Set<String> blueprints = keys("blueprint");
        List<String> problems = new ArrayList<>();
        Map<String, String> itemsByBlueprint = new HashMap<>();
        for (Element item : createDialogItems()) {
            String blueprint = param(item, "blueprintKey");
            if (!blueprints.contains(blueprint)) {
                problems.add(Descriptor.where(item) + " names blueprint \"" + blueprint + "\", which is not declared");
            } else if (itemsByBlueprint.put(blueprint, item.getAttribute("key")) != null) {
                problems.add("blueprint " + blueprint + " has more than one create-dialog item");
            }
            if (Descriptor.children(item, "resource").stream().noneMatch(r -> "icon".equals(r.getAttribute("name")))) {
                problems.add(Descriptor.where(item) + " has no <resource name=\"icon\">");
            }
        }
        blueprints.stream().filter(b -> !itemsByBlueprint.containsKey(b))
                .forEach(b -> problems.add("blueprint " + b + " has no web-item in " + CREATE_DIALOG));
        assertThat(blueprints).as("<blueprint> modules").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBlueprintHasAnIndexKeyAResultAndContentTemplatesWithAProviderAndStorageFormat() {
        Set<String> templates = keys("content-template");
        Set<String> indexKeys = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Element blueprint : descriptor.modules("blueprint")) {
            String where = Descriptor.where(blueprint);
            if (!indexKeys.add(blueprint.getAttribute("index-key")) || blueprint.getAttribute("index-key").isBlank()) {
                problems.add(where + ": index-key (the label of its pages) is missing or not unique");
            }
            if (blueprint.getAttribute("i18n-index-title-key").isBlank()) {
                problems.add(where + ": no i18n-index-title-key");
            }
            if (!Set.of("edit", "view").contains(blueprint.getAttribute("create-result"))) {
                problems.add(where + ": create-result must be edit or view");
            }
            List<String> used = new ArrayList<>(Descriptor.children(blueprint, "content-template").stream()
                    .map(ref -> ref.getAttribute("ref")).toList());
            if (blueprint.hasAttribute("content-template-key")) {
                used.add(blueprint.getAttribute("content-template-key"));
            }
            if (used.isEmpty()) {
                problems.add(where + ": names no content template");
            }
            used.stream().filter(key -> !templates.contains(key))
                    .forEach(key -> problems.add(where + " names content template " + key + ", which is not declared"));
        }
        for (Element template : descriptor.modules("content-template")) {
            List<Element> storage = Descriptor.children(template, "resource").stream()
                    .filter(r -> "template".equals(r.getAttribute("name")) && "download".equals(r.getAttribute("type"))
                            && r.getAttribute("location").endsWith(".xml")).toList();
            if (storage.size() != 1) {
                problems.add(Descriptor.where(template) + " needs exactly one <resource name=\"template\" "
                        + "type=\"download\"> with the storage-format XML");
            }
            if (Descriptor.children(template, "context-provider").size() != 1) {
                problems.add(Descriptor.where(template) + " needs its <context-provider>");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyWizardPageIsASoyTemplateThatAWebResourceDeliversToTheCreateDialog() throws IOException {
        Set<String> deliveredTemplates = new HashSet<>();
        for (Element resource : descriptor.modules("web-resource")) {
            boolean soyTransformer = descriptor.all("transformer").stream()
                    .anyMatch(t -> "soyTransformer".equals(t.getAttribute("key")) && resource.isSameNode(
                            t.getParentNode().getParentNode()));
            boolean createContent = Descriptor.children(resource, "dependency").stream()
                    .anyMatch(d -> CREATE_CONTENT.equals(d.getTextContent().strip()));
            for (Element file : Descriptor.children(resource, "resource")) {
                if (file.getAttribute("location").endsWith(".soy") && soyTransformer && createContent) {
                    deliveredTemplates.addAll(soyTemplates(DescriptorTest.CLASSES.resolve(file.getAttribute("location"))));
                }
            }
        }
        List<String> missing = descriptor.all("dialog-page").stream().map(p -> p.getAttribute("template-key"))
                .filter(key -> !deliveredTemplates.contains(key)).toList();
        assertThat(descriptor.all("dialog-page")).as("wizard pages").isNotEmpty();
        assertThat(missing).as("dialog-page template-keys that no web resource with the soyTransformer and a "
                + "dependency on %s defines (defined: %s)", CREATE_CONTENT, deliveredTemplates).isEmpty();
    }

    @Test
    void theWizardScriptRegistersEachWizardUnderItsItemKeyWithThePagesOfTheDescriptor() throws IOException {
        Map<String, String> expected = new HashMap<>();
        Map<String, Element> blueprints = new HashMap<>();
        descriptor.modules("blueprint").forEach(b -> blueprints.put(b.getAttribute("key"), b));
        for (Element item : createDialogItems()) {
            Element blueprint = blueprints.get(param(item, "blueprintKey"));
            for (Element wizard : Descriptor.children(blueprint, "dialog-wizard")) {
                for (Element page : Descriptor.children(wizard, "dialog-page")) {
                    expected.put(item.getAttribute("key"), page.getAttribute("id"));
                }
            }
        }
        Path script = wizardScript();
        String text = Files.readString(script, StandardCharsets.UTF_8);
        Matcher pluginKey = JS_PLUGIN_KEY.matcher(text);
        assertThat(pluginKey.find()).as("PLUGIN_KEY in %s", script).isTrue();
        assertThat(pluginKey.group(1)).as("the plugin key in %s", script).isEqualTo(descriptor.pluginKey());
        Map<String, String> registered = new HashMap<>();
        Matcher wizard = JS_WIZARD.matcher(text);
        while (wizard.find()) {
            registered.put(wizard.group(1), wizard.group(2));
        }
        assertThat(registered).as("web-item key -> dialog-page id in %s", script).isEqualTo(expected);
    }

    /** The script that calls Confluence.Blueprint.setWizard, among the web resources' files. */
    private Path wizardScript() throws IOException {
        for (Element file : descriptor.all("resource")) {
            Path path = DescriptorTest.CLASSES.resolve(file.getAttribute("location"));
            if (file.getAttribute("location").endsWith(".js") && Files.exists(path)
                    && Files.readString(path, StandardCharsets.UTF_8).contains("Confluence.Blueprint.setWizard")) {
                return path;
            }
        }
        throw new AssertionError("no web-resource script calls Confluence.Blueprint.setWizard");
    }

    private static Set<String> soyTemplates(Path soy) throws IOException {
        String text = Files.readString(soy, StandardCharsets.UTF_8);
        Matcher namespace = SOY_NAMESPACE.matcher(text);
        assertThat(namespace.find()).as("{namespace} in %s", soy).isTrue();
        Set<String> templates = new HashSet<>();
        Matcher template = SOY_TEMPLATE.matcher(text);
        while (template.find()) {
            templates.add(namespace.group(1) + "." + template.group(1));
        }
        return templates;
    }

    private List<Element> createDialogItems() {
        return descriptor.modules("web-item").stream()
                .filter(item -> CREATE_DIALOG.equals(item.getAttribute("section"))).toList();
    }

    private Set<String> keys(String moduleType) {
        Set<String> keys = new HashSet<>();
        descriptor.modules(moduleType).forEach(module -> keys.add(module.getAttribute("key")));
        return keys;
    }

    private static String param(Element module, String name) {
        return Descriptor.children(module, "param").stream().filter(p -> name.equals(p.getAttribute("name")))
                .map(p -> p.getAttribute("value")).findFirst().orElse("");
    }
}
