package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What Confluence's plugin framework expects of atlassian-plugin.xml, checked on the filtered copy the build puts
 * into the jar: module classes exist and are of the host type their module needs, resources exist, keys are
 * unique, nothing only the (absent) transformer understands, Data Center markers, and macro-browser texts.
 */
class DescriptorTest {
    static final String PLUGIN_KEY = "eu.goodpractice.practice-transfer";
    static final Path CLASSES = Path.of("target", "classes");

    /** The host type a module's class must have, by module element (or module/child element) name. */
    private static final Map<String, String> HOST_TYPES = Map.of(
            "xhtml-macro", "com.atlassian.confluence.macro.Macro",
            "ao/entity", "net.java.ao.RawEntity",
            "ao/upgradeTask", "com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask",
            "context-provider", "com.atlassian.plugin.web.ContextProvider");

    /** The shared page helpers, and what a script that uses them names. */
    static final String SHARED_SCRIPT = "web/common/transfer-common.js";
    static final String SHARED_NAMESPACE = "GoodPracticeTransfer.ui";

    /** Elements only the plugin transformer turns into beans and module types; a transformerless app must not use them. */
    private static final Set<String> TRANSFORMER_ONLY = Set.of("component", "component-import", "module-type");

    static final String REST_ACCESS_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation";

    private final Descriptor descriptor = Descriptor.built();

    @Test
    void keyIsThePluginKeyThatFixesTheAoTablePrefix() {
        assertThat(descriptor.root().getTagName()).as("root element of %s", Descriptor.BUILT)
                .isEqualTo("atlassian-plugin");
        assertThat(descriptor.pluginKey())
                .as("<atlassian-plugin key> in %s (AO table names and Bundle-SymbolicName derive from it)",
                        Descriptor.BUILT)
                .isEqualTo(PLUGIN_KEY);
        assertThat(descriptor.aoNamespace())
                .as("<ao namespace> must equal the plugin key, or every table name changes").isEqualTo(PLUGIN_KEY);
    }

    @Test
    void everyPlaceholderWasFiltered() {
        assertThat(descriptor.unfilteredPlaceholders())
                .as("${...} left unfiltered in %s (is the property defined in pom.xml?)", Descriptor.BUILT).isEmpty();
    }

    @Test
    void declaresDataCenterCompatibility() {
        assertThat(descriptor.pluginInfoParam("atlassian-data-center-status"))
                .as("<plugin-info><param name=\"atlassian-data-center-status\">").isEqualTo("compatible");
        assertThat(descriptor.pluginInfoParam("atlassian-data-center-compatible"))
                .as("<plugin-info><param name=\"atlassian-data-center-compatible\">").isEqualTo("true");
    }

    @Test
    void hasNoElementsOnlyThePluginTransformerUnderstands() {
        List<String> found = descriptor.everyElement().stream()
                .filter(e -> TRANSFORMER_ONLY.contains(e.getTagName()))
                .map(Descriptor::where).toList();
        assertThat(found).as("the app is transformerless: these elements would be ignored by Confluence; declare "
                + "beans and OSGi references in META-INF/spring/*.xml instead").isEmpty();
    }

    @Test
    void moduleKeysAreUnique() {
        Map<String, List<String>> byKey = new HashMap<>();
        for (Element module : descriptor.modules()) {
            if (module.hasAttribute("key")) {
                byKey.computeIfAbsent(module.getAttribute("key"), k -> new ArrayList<>()).add(module.getTagName());
            }
        }
        Map<String, List<String>> duplicates = byKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(duplicates).as("module keys used by more than one module (key -> modules)").isEmpty();
        assertThat(descriptor.modules().stream().filter(m -> !m.getTagName().equals("resource"))
                .filter(m -> m.getAttribute("key").isBlank()).map(Descriptor::where).toList())
                .as("modules without a key").isEmpty();
    }

    @Test
    void everyClassAttributeNamesAClassOfTheBuild() {
        List<String> problems = new ArrayList<>();
        for (Element element : descriptor.everyElement()) {
            if (element.hasAttribute("class")) {
                String name = element.getAttribute("class");
                problems.addAll(classProblems(name, Descriptor.where(element) + "@class",
                        HOST_TYPES.get(element.getTagName())));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAoEntityAndUpgradeTaskIsOfItsHostType() {
        List<String> problems = new ArrayList<>();
        for (Element ao : descriptor.modules("ao")) {
            for (String child : List.of("entity", "upgradeTask")) {
                for (Element element : Descriptor.children(ao, child)) {
                    problems.addAll(classProblems(element.getTextContent().strip(), Descriptor.where(element),
                            HOST_TYPES.get("ao/" + child)));
                }
            }
        }
        assertThat(descriptor.aoEntities()).as("<ao> declares no <entity>").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void restPackagesHoldResourcesThatAllDeclareTheirAccess() throws IOException {
        List<Element> rests = descriptor.modules("rest");
        List<String> problems = new ArrayList<>();
        for (Element rest : rests) {
            List<Element> packages = Descriptor.children(rest, "package");
            if (packages.isEmpty()) {
                problems.add(Descriptor.where(rest) + " has no <package>: the REST module would scan the whole bundle "
                        + "(legal, but this project names its REST packages so that they can be checked)");
            }
            for (Element packageElement : packages) {
                String packageName = packageElement.getTextContent().strip();
                List<Class<?>> resources = pathAnnotatedClasses(packageName);
                if (resources.isEmpty()) {
                    problems.add(Descriptor.where(packageElement) + " " + packageName
                            + " holds no class annotated @jakarta.ws.rs.Path (in target/classes)");
                }
                resources.forEach(resource -> problems.addAll(accessProblems(resource)));
            }
        }
        assertThat(rests).as("<rest> modules").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyResourceTheDescriptorNamesIsBuilt() {
        List<String> missing = new ArrayList<>();
        List<Element> resources = descriptor.all("resource");
        for (Element resource : resources) {
            String location = resource.getAttribute("location");
            String where = Descriptor.where(resource) + "@location=" + location;
            if (location.isBlank()) {
                missing.add(where + ": no location");
                continue;
            }
            Path file = "i18n".equals(resource.getAttribute("type"))
                    ? CLASSES.resolve(location + ".properties")
                    : CLASSES.resolve(location);
            if (!Files.exists(file)) {
                missing.add(where + ": " + file + " does not exist");
            }
        }
        assertThat(resources).as("<resource> elements").isNotEmpty();
        assertThat(descriptor.i18nLocations()).as("<resource type=\"i18n\">").isNotEmpty();
        assertThat(missing).as("resources named in %s but not in the build output", Descriptor.BUILT).isEmpty();
    }

    /**
     * A web resource's {@code <dependency>} names another web resource by its complete key (plugin key, colon, module
     * key), which Confluence puts on the page first. Where the plugin is this app, the module must be one of its web
     * resources (Confluence would only log the unknown key and leave the feature without what it needs), and the
     * app's dependencies must not go round in a circle. Another plugin's key (the create dialog's, for the wizard)
     * is that plugin's business.
     */
    @Test
    void webResourceDependenciesNameTheAppsOwnWebResourcesWithoutACycle() {
        Map<String, List<String>> dependencies = descriptor.webResourceDependencies();
        List<String> problems = new ArrayList<>();
        descriptor.all("dependency").stream()
                .filter(d -> !"web-resource".equals(((Element) d.getParentNode()).getTagName()))
                .forEach(d -> problems.add(Descriptor.where(d) + ": <dependency> belongs in a <web-resource>"));
        dependencies.forEach((key, keys) -> keys.forEach(dependency -> {
            int colon = dependency.indexOf(':');
            String where = "web-resource " + key + " <dependency>" + dependency + "</dependency>";
            if (colon <= 0 || colon == dependency.length() - 1 || dependency.indexOf(':', colon + 1) >= 0) {
                problems.add(where + ": not a complete key (plugin key:module key)");
            } else if (dependency.substring(0, colon).equals(PLUGIN_KEY)
                    && !dependencies.containsKey(dependency.substring(colon + 1))) {
                problems.add(where + ": the app declares no web-resource " + dependency.substring(colon + 1));
            }
        }));
        dependencies.keySet().forEach(key -> {
            List<String> cycle = cycleFrom(key, dependencies, new ArrayList<>());
            if (!cycle.isEmpty()) {
                problems.add("web resources depending on each other in a cycle: " + String.join(" -> ", cycle));
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * A script that calls the shared helpers ({@value #SHARED_NAMESPACE}) only works after {@value #SHARED_SCRIPT}:
     * its web resource must carry that file or depend, directly or through others, on the one that does.
     */
    @Test
    void everyScriptThatUsesTheSharedHelpersGetsThemFirst() throws IOException {
        Map<String, List<String>> locations = descriptor.webResourceLocations();
        List<String> providers = locations.entrySet().stream().filter(e -> e.getValue().contains(SHARED_SCRIPT))
                .map(Map.Entry::getKey).toList();
        assertThat(providers).as("web resources that carry %s", SHARED_SCRIPT).hasSize(1);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> resource : locations.entrySet()) {
            Set<String> before = ownDependencies(resource.getKey(), descriptor.webResourceDependencies(),
                    new HashSet<>());
            for (String location : resource.getValue()) {
                boolean usesHelpers = location.endsWith(".js") && !location.equals(SHARED_SCRIPT)
                        && Files.readString(CLASSES.resolve(location)).contains(SHARED_NAMESPACE);
                if (usesHelpers && !resource.getValue().contains(SHARED_SCRIPT) && !before.contains(providers.get(0))) {
                    problems.add("web-resource " + resource.getKey() + ": " + location + " uses " + SHARED_NAMESPACE
                            + ", but the web resource does not depend on " + PLUGIN_KEY + ":" + providers.get(0));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The path of a dependency cycle through key, or empty when there is none. */
    private static List<String> cycleFrom(String key, Map<String, List<String>> dependencies, List<String> path) {
        if (path.contains(key)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(key), path.size()));
            cycle.add(key);
            return cycle;
        }
        path.add(key);
        for (String dependency : dependencies.getOrDefault(key, List.of())) {
            if (dependency.startsWith(PLUGIN_KEY + ":")) {
                List<String> cycle = cycleFrom(dependency.substring(PLUGIN_KEY.length() + 1), dependencies, path);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    /** The app's web resources that key depends on, directly or through others. */
    private static Set<String> ownDependencies(String key, Map<String, List<String>> dependencies, Set<String> found) {
        for (String dependency : dependencies.getOrDefault(key, List.of())) {
            if (dependency.startsWith(PLUGIN_KEY + ":") && found.add(dependency.substring(PLUGIN_KEY.length() + 1))) {
                ownDependencies(dependency.substring(PLUGIN_KEY.length() + 1), dependencies, found);
            }
        }
        return found;
    }

    @Test
    void everyMacroHasItsMacroBrowserTextsInTheBaseBundle() throws IOException {
        Properties base = baseBundle();
        List<String> missing = descriptor.macroBrowserKeys().stream()
                .filter(key -> base.getProperty(key, "").isBlank()).toList();
        assertThat(descriptor.macros()).as("<xhtml-macro> modules").isNotEmpty();
        assertThat(descriptor.modules("xhtml-macro").stream()
                .filter(macro -> Descriptor.children(macro, "parameters").isEmpty()).map(Descriptor::where).toList())
                .as("macros without <parameters>, which the macro browser does not show").isEmpty();
        assertThat(missing).as("macro-browser keys missing or empty in the base bundle %s",
                descriptor.i18nLocations()).isEmpty();
    }

    private Properties baseBundle() throws IOException {
        Properties properties = new Properties();
        for (String location : descriptor.i18nLocations()) {
            try (InputStream in = Files.newInputStream(CLASSES.resolve(location + ".properties"))) {
                properties.load(in);
            }
        }
        return properties;
    }

    /** Problems with a class the descriptor names: absent from the build, or not of the host type. */
    private static List<String> classProblems(String className, String where, String hostTypeName) {
        Path classFile = CLASSES.resolve(className.replace('.', '/') + ".class");
        if (!Files.exists(classFile)) {
            return List.of(where + " names " + className + ", but " + classFile + " does not exist");
        }
        if (hostTypeName == null) {
            return List.of();
        }
        Class<?> hostType;
        try {
            hostType = Class.forName(hostTypeName);
        } catch (ClassNotFoundException e) {
            return List.of(where + ": the host type " + hostTypeName + " is missing from src/hostapi/java");
        }
        Class<?> type = load(className);
        return hostType.isAssignableFrom(type) ? List.of()
                : List.of(where + " names " + className + ", which is not a " + hostTypeName);
    }

    private static List<Class<?>> pathAnnotatedClasses(String packageName) throws IOException {
        Path directory = CLASSES.resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(DescriptorTest::load)
                    .filter(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    /** Every resource method needs exactly one REST v2 access annotation, on itself or on its class. */
    private static List<String> accessProblems(Class<?> resource) {
        List<Annotation> onClass = accessAnnotations(resource.getAnnotations());
        List<String> problems = new ArrayList<>();
        if (onClass.size() > 1) {
            problems.add(resource.getName() + " carries more than one access annotation: " + onClass);
        }
        List<Method> resourceMethods = Arrays.stream(resource.getMethods()).filter(DescriptorTest::isResourceMethod)
                .toList();
        if (resourceMethods.isEmpty()) {
            problems.add(resource.getName() + " is a @Path class without resource methods");
        }
        for (Method method : resourceMethods) {
            List<Annotation> onMethod = accessAnnotations(method.getAnnotations());
            if (onMethod.size() > 1) {
                problems.add(resource.getName() + "#" + method.getName() + " carries more than one access annotation: "
                        + onMethod);
            } else if (onMethod.isEmpty() && onClass.isEmpty()) {
                problems.add(resource.getName() + "#" + method.getName() + " has no access annotation from "
                        + REST_ACCESS_PACKAGE + " (neither on the method nor on the class): on Confluence 10 it "
                        + "would silently default to licensed users only");
            }
        }
        return problems;
    }

    private static boolean isResourceMethod(Method method) {
        // @GET, @POST, @PUT, @DELETE, ... are all meta-annotated with @HttpMethod
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }

    private static List<Annotation> accessAnnotations(Annotation[] annotations) {
        return Arrays.stream(annotations)
                .filter(a -> a.annotationType().getPackageName().equals(REST_ACCESS_PACKAGE)).toList();
    }

    static Class<?> load(String className) {
        try {
            return Class.forName(className, false, DescriptorTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("Cannot load " + className + " from the test class path: " + e, e);
        }
    }
}
