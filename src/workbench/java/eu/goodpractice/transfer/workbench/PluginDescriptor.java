package eu.goodpractice.transfer.workbench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The app's {@code atlassian-plugin.xml} as the plugin system reads it: the workbench registers exactly what is
 * declared here, so a broken descriptor breaks the workbench too.
 */
public final class PluginDescriptor {
    /** An {@code xhtml-macro}: its name in storage format and its class. */
    public record MacroModule(String key, String name, String className) {
    }

    /** A {@code rest} module: served under /rest/{path}/{version}/, resources from the named packages. */
    public record RestModule(String key, String path, String version, List<String> packages) {
    }

    /**
     * A {@code web-resource}: downloadable files by name, and the complete keys ({@code plugin:module}) of the web
     * resources it depends on, in the order declared.
     */
    public record WebResource(String key, Map<String, String> locationsByName, List<String> dependencies) {
    }

    /**
     * A blueprint as the create dialog offers it: the web-item's name key, its content template (resource location,
     * context-provider class and parameters), the label its pages get (index-key), the index page's title key, and
     * the wizard's Soy template names.
     */
    public record Blueprint(String key, String nameKey, String descriptionKey, String templateLocation,
                            String contextProvider, Map<String, String> providerParams, String indexKey,
                            String indexTitleKey, List<String> wizardTemplates) {
    }

    private final Element root;
    /** Read once: every page and every file request asks for them, on many threads at once. */
    private final Map<String, WebResource> webResources;

    private PluginDescriptor(Element root) {
        this.root = root;
        this.webResources = readWebResources();
    }

    /** Reads the descriptor the build put on the class path (filtered, as in the jar). */
    public static PluginDescriptor fromClassPath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path; build the app first");
            }
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read atlassian-plugin.xml: " + e.getMessage(), e);
        }
    }

    /** A descriptor from its text, for tests of what the workbench makes of one. */
    public static PluginDescriptor fromXml(String xml) {
        return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static PluginDescriptor parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // the whole tree at once, so that reading it later changes nothing in it (requests read it in parallel)
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            Document document = factory.newDocumentBuilder().parse(in);
            return new PluginDescriptor(document.getDocumentElement());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read atlassian-plugin.xml: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml is not valid XML: " + e.getMessage(), e);
        }
    }

    public String pluginKey() {
        return root.getAttribute("key");
    }

    public List<MacroModule> macros() {
        List<MacroModule> macros = new ArrayList<>();
        for (Element macro : children(root, "xhtml-macro")) {
            macros.add(new MacroModule(macro.getAttribute("key"), macro.getAttribute("name"),
                    macro.getAttribute("class")));
        }
        return macros;
    }

    public List<RestModule> restModules() {
        List<RestModule> modules = new ArrayList<>();
        for (Element rest : children(root, "rest")) {
            List<String> packages = children(rest, "package").stream().map(p -> p.getTextContent().strip()).toList();
            String path = rest.getAttribute("path");
            modules.add(new RestModule(rest.getAttribute("key"), path.startsWith("/") ? path.substring(1) : path,
                    rest.getAttribute("version"), packages));
        }
        return modules;
    }

    /** The AO namespace (the table prefix derives from it) and its entity and upgrade-task class names. */
    public String aoNamespace() {
        return children(root, "ao").stream().map(ao -> ao.getAttribute("namespace")).filter(ns -> !ns.isBlank())
                .findFirst().orElse(pluginKey());
    }

    public List<String> aoEntities() {
        return texts("ao", "entity");
    }

    public List<String> aoUpgradeTasks() {
        return texts("ao", "upgradeTask");
    }

    /** Locations of the i18n bundles, e.g. "i18n/practice-transfer". */
    public List<String> i18nBundles() {
        List<String> bundles = new ArrayList<>();
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                bundles.add(resource.getAttribute("location"));
            }
        }
        return bundles;
    }

    /** The web resources by key, in the order declared. */
    public Map<String, WebResource> webResources() {
        return webResources;
    }

    private Map<String, WebResource> readWebResources() {
        Map<String, WebResource> resources = new LinkedHashMap<>();
        for (Element webResource : children(root, "web-resource")) {
            Map<String, String> files = new LinkedHashMap<>();
            for (Element resource : children(webResource, "resource")) {
                files.put(resource.getAttribute("name"), resource.getAttribute("location"));
            }
            List<String> dependencies = children(webResource, "dependency").stream()
                    .map(dependency -> dependency.getTextContent().strip()).toList();
            String key = webResource.getAttribute("key");
            resources.put(key, new WebResource(key, Collections.unmodifiableMap(files), dependencies));
        }
        return Collections.unmodifiableMap(resources);
    }

    /**
     * The app's web resources a page gets when it requires the given ones (complete keys, in the order required), in
     * the order Confluence's web-resource manager puts them on the page: each after its dependencies, depth first in
     * the order declared, each once. Only this app's resources are listed: what another plugin provides (such as the
     * create dialog's resources, which the blueprint wizard depends on) is the host's to serve, so a requirement of or
     * a dependency on it is skipped.
     *
     * @throws IllegalStateException when a key of this app names no web resource, or the dependencies form a cycle:
     *                               a broken descriptor breaks the workbench too
     */
    public List<WebResource> webResourcesInOrder(Collection<String> completeKeys) {
        Map<String, WebResource> ordered = new LinkedHashMap<>();
        for (String completeKey : completeKeys) {
            addWithDependencies(completeKey, ordered, new ArrayList<>());
        }
        return List.copyOf(ordered.values());
    }

    private void addWithDependencies(String completeKey, Map<String, WebResource> ordered, List<String> path) {
        String prefix = pluginKey() + ":";
        if (!completeKey.startsWith(prefix)) {
            return;
        }
        String key = completeKey.substring(prefix.length());
        if (ordered.containsKey(key)) {
            return;
        }
        if (path.contains(key)) {
            path.add(key);
            throw new IllegalStateException("atlassian-plugin.xml: the web resources depend on each other in a cycle: "
                    + String.join(" -> ", path.subList(path.indexOf(key), path.size())));
        }
        WebResource resource = webResources.get(key);
        if (resource == null) {
            throw new IllegalStateException("atlassian-plugin.xml declares no web-resource " + key + " (asked for as "
                    + completeKey + (path.isEmpty() ? "" : ", a dependency of " + path.get(path.size() - 1)) + ")");
        }
        path.add(key);
        resource.dependencies().forEach(dependency -> addWithDependencies(dependency, ordered, path));
        path.remove(path.size() - 1);
        ordered.put(key, resource);
    }

    /** The blueprints offered in the create dialog, in the order of their web-items. */
    public List<Blueprint> blueprints() {
        Map<String, Element> templates = new LinkedHashMap<>();
        for (Element template : children(root, "content-template")) {
            templates.put(template.getAttribute("key"), template);
        }
        List<Blueprint> blueprints = new ArrayList<>();
        for (Element item : children(root, "web-item")) {
            if (!item.getAttribute("section").startsWith("system.create.dialog")) {
                continue;
            }
            String blueprintKey = children(item, "param").stream()
                    .filter(p -> "blueprintKey".equals(p.getAttribute("name")))
                    .map(p -> p.getAttribute("value")).findFirst().orElse(null);
            Element blueprint = children(root, "blueprint").stream()
                    .filter(b -> b.getAttribute("key").equals(blueprintKey)).findFirst().orElse(null);
            if (blueprint == null) {
                continue;
            }
            String templateKey = blueprint.getAttribute("content-template-key");
            if (templateKey.isBlank()) {
                templateKey = children(blueprint, "content-template").stream().map(t -> t.getAttribute("ref"))
                        .findFirst().orElse("");
            }
            Element template = templates.get(templateKey);
            if (template == null) {
                throw new IllegalStateException("Blueprint " + blueprintKey + " names no known content template");
            }
            String location = children(template, "resource").stream()
                    .filter(r -> "template".equals(r.getAttribute("name"))).map(r -> r.getAttribute("location"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Content template "
                            + template.getAttribute("key") + " has no resource named template"));
            Element provider = children(template, "context-provider").stream().findFirst().orElse(null);
            Map<String, String> params = new LinkedHashMap<>();
            if (provider != null) {
                children(provider, "param").forEach(p -> params.put(p.getAttribute("name"), p.getAttribute("value")));
            }
            List<String> wizard = new ArrayList<>();
            for (Element dialog : children(blueprint, "dialog-wizard")) {
                children(dialog, "dialog-page").forEach(page -> wizard.add(page.getAttribute("template-key")));
            }
            String description = children(item, "description").stream().map(d -> d.getAttribute("key"))
                    .findFirst().orElse(null);
            blueprints.add(new Blueprint(blueprintKey, item.getAttribute("i18n-name-key"), description, location,
                    provider == null ? null : provider.getAttribute("class"), params,
                    blueprint.getAttribute("index-key"), blueprint.getAttribute("i18n-index-title-key"), wizard));
        }
        return blueprints;
    }

    /** Every .soy file the web resources declare, for rendering the wizards' pages. */
    public List<String> soyFiles() {
        List<String> files = new ArrayList<>();
        webResources().values().forEach(resource -> resource.locationsByName().values().stream()
                .filter(location -> location.endsWith(".soy")).forEach(files::add));
        return files;
    }

    /** Methods templates may call: "fully.qualified.Class#method(param.Types)". */
    public List<String> velocityAllowlist() {
        return texts("velocity-allowlist", "method");
    }

    private List<String> texts(String module, String child) {
        List<String> texts = new ArrayList<>();
        for (Element element : children(root, module)) {
            for (Element item : children(element, child)) {
                texts.add(item.getTextContent().strip());
            }
        }
        return texts;
    }

    /** The child elements of that name, through the sibling links: a NodeList caches (so writes) as it is read. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName() == null
                    ? element.getTagName() : element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
