package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;

/**
 * The hand-written Spring XML that replaces the plugin transformer: valid against the Spring and Gemini Blueprint
 * schemas, autowiring by constructor, every class and service interface loadable through the started bundle, and a
 * wiring that Spring can satisfy: each bean, macro, context provider and REST resource has one public constructor whose parameters
 * each match exactly one bean or OSGi reference of the XML, without cycles. This fails before Confluence would.
 */
class SpringContextIT {
    private static PluginJar jar;
    private static FelixHost host;
    private static List<SpringXml> files;

    @BeforeAll
    static void start() throws Exception {
        jar = PluginJar.built();
        host = FelixHost.start(jar.file(), jar.importedPackages());
        files = jar.entries().entrySet().stream()
                .filter(e -> e.getKey().matches("META-INF/spring/[^/]+\\.xml"))
                .map(e -> new SpringXml(e.getKey(), e.getValue())).toList();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void springXmlIsValidAgainstTheSpringAndGeminiSchemas() {
        assertThat(files).as("META-INF/spring/*.xml in %s (Spring-Context: * finds nothing else)", jar.file())
                .isNotEmpty();
        List<String> problems = files.stream().flatMap(file -> file.validate().stream()).toList();
        assertThat(problems).isEmpty();
    }

    @Test
    void autowiresByConstructor() {
        for (SpringXml file : files) {
            assertThat(file.root().getAttribute("default-autowire")).as("<beans default-autowire> in %s", file.name())
                    .isEqualTo("constructor");
        }
    }

    @Test
    void everyBeanClassAndServiceInterfaceLoadsThroughTheBundle() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (SpringXml file : files) {
            for (Element bean : file.elements(SpringXml.BEANS, "bean")) {
                checked++;
                loadOrReport(bean.getAttribute("class"), file.name() + " bean " + bean.getAttribute("id"), problems);
            }
            for (String kind : List.of("reference", "service")) {
                for (Element element : file.elements(SpringXml.OSGI, kind)) {
                    for (String type : interfaces(element)) {
                        checked++;
                        loadOrReport(type, file.name() + " osgi:" + kind + " " + element.getAttribute("id"), problems);
                    }
                }
            }
        }
        assertThat(checked).as("beans and OSGi references in %s", files.stream().map(SpringXml::name).toList())
                .isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBeanCanBeConstructedFromTheOthers() {
        Map<String, Class<?>> declared = declaredTypes();
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (SpringXml file : files) {
            for (Element bean : file.elements(SpringXml.BEANS, "bean")) {
                if (bean.hasAttribute("factory-method")) {
                    continue; // made by a factory method: its type comes from the method, checked in declaredTypes()
                }
                String id = bean.getAttribute("id");
                Class<?> type = load(bean.getAttribute("class"));
                int explicitArguments = Descriptor.children(bean, "constructor-arg").size();
                dependencies.put(id, wiring(file.name() + " bean " + id, type, id, declared, explicitArguments,
                        problems));
            }
        }
        problems.addAll(cycles(dependencies));
        problems.addAll(servicesWithoutTheirBean(declared));
        assertThat(dependencies).as("beans with constructors").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMacroContextProviderAndRestResourceCanBeConstructedFromTheBeans() {
        Descriptor descriptor = Descriptor.of(new String(jar.entries().get("atlassian-plugin.xml"),
                StandardCharsets.UTF_8));
        Map<String, Class<?>> declared = declaredTypes();
        List<String> problems = new ArrayList<>();
        List<String> modules = new ArrayList<>();
        for (Descriptor.Macro macro : descriptor.macros()) {
            modules.add(macro.className());
            wiring("xhtml-macro " + macro.key(), load(macro.className()), null, declared, 0, problems);
        }
        // the create-content plugin has the plugin container build a blueprint's context provider, as it does macros
        for (Element provider : descriptor.all("context-provider")) {
            modules.add(provider.getAttribute("class"));
            wiring(Descriptor.where(provider), load(provider.getAttribute("class")), null, declared, 0, problems);
        }
        Class<? extends java.lang.annotation.Annotation> path = annotation("jakarta.ws.rs.Path");
        Class<? extends java.lang.annotation.Annotation> inject = annotation("jakarta.inject.Inject");
        for (Element rest : descriptor.modules("rest")) {
            for (Element packageElement : Descriptor.children(rest, "package")) {
                String prefix = packageElement.getTextContent().strip().replace('.', '/') + "/";
                for (String entry : jar.entries().keySet()) {
                    if (entry.startsWith(prefix) && entry.endsWith(".class")) {
                        Class<?> type = load(entry.replaceAll("\\.class$", "").replace('/', '.'));
                        if (type.isAnnotationPresent(path)) {
                            modules.add(type.getName());
                            String where = "REST resource " + type.getName();
                            wiring(where, type, null, declared, 0, problems);
                            Arrays.stream(type.getConstructors())
                                    .filter(c -> c.getParameterCount() > 0 && !c.isAnnotationPresent(inject))
                                    .forEach(c -> problems.add(where + ": its constructor needs @jakarta.inject.Inject "
                                            + "for REST v2 to inject it"));
                        }
                    }
                }
            }
        }
        assertThat(modules).as("macro, context-provider and REST resource classes of the descriptor").isNotEmpty();
        assertThat(problems).isEmpty();
    }

    /**
     * Checks one class against constructor autowiring and returns the ids it depends on. {@code self} is the
     * class's own bean id (a bean is never injected into itself), null for module classes.
     */
    private static List<String> wiring(String where, Class<?> type, String self, Map<String, Class<?>> declared,
                                       int explicitArguments, List<String> problems) {
        Constructor<?>[] constructors = type.getConstructors();
        if (Modifier.isAbstract(type.getModifiers()) || constructors.length != 1) {
            problems.add(where + ": " + type.getName() + " must be a concrete class with exactly one public "
                    + "constructor for constructor autowiring, it has " + constructors.length);
            return List.of();
        }
        Class<?>[] parameters = constructors[0].getParameterTypes();
        if (explicitArguments > 0) {
            if (explicitArguments != parameters.length) {
                problems.add(where + ": " + explicitArguments + " <constructor-arg> for " + parameters.length
                        + " constructor parameters");
            }
            return List.of();
        }
        List<String> dependsOn = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            Class<?> parameter = parameters[i];
            List<String> candidates = declared.entrySet().stream()
                    .filter(e -> !e.getKey().equals(self) && parameter.isAssignableFrom(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (candidates.size() != 1) {
                problems.add(where + ": constructor parameter " + (i + 1) + " (" + parameter.getName() + ") matches "
                        + (candidates.isEmpty() ? "no bean or osgi:reference" : "several beans " + candidates)
                        + "; Spring needs exactly one");
            } else {
                dependsOn.add(candidates.get(0));
            }
        }
        return dependsOn;
    }

    /** Bean id -> the type Spring would give it: its class, a factory method's return type, or a reference's interface. */
    private static Map<String, Class<?>> declaredTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (SpringXml file : files) {
            for (Element bean : file.elements(SpringXml.BEANS, "bean")) {
                Class<?> type = load(bean.getAttribute("class"));
                if (bean.hasAttribute("factory-method")) {
                    String factoryMethod = bean.getAttribute("factory-method");
                    type = Arrays.stream(type.getMethods())
                            .filter(m -> m.getName().equals(factoryMethod) && Modifier.isStatic(m.getModifiers()))
                            .map(Method::getReturnType).findFirst()
                            .orElseThrow(() -> new AssertionError(file.name() + " bean " + bean.getAttribute("id")
                                    + ": no public static " + factoryMethod + "() in " + bean.getAttribute("class")));
                }
                types.put(bean.getAttribute("id"), type);
            }
            for (Element reference : file.elements(SpringXml.OSGI, "reference")) {
                List<String> interfaces = interfaces(reference);
                assertThat(interfaces).as("%s osgi:reference %s: interfaces", file.name(), reference.getAttribute("id"))
                        .hasSize(1);
                types.put(reference.getAttribute("id"), load(interfaces.get(0)));
            }
        }
        return types;
    }

    /** osgi:service elements whose ref is not a bean of the XML implementing every interface it publishes. */
    private static List<String> servicesWithoutTheirBean(Map<String, Class<?>> declared) {
        List<String> problems = new ArrayList<>();
        for (SpringXml file : files) {
            for (Element service : file.elements(SpringXml.OSGI, "service")) {
                String ref = service.getAttribute("ref");
                Class<?> bean = declared.get(ref);
                for (String name : interfaces(service)) {
                    if (bean == null || !load(name).isAssignableFrom(bean)) {
                        problems.add(file.name() + " osgi:service ref=\"" + ref + "\" publishes " + name + ", but "
                                + (bean == null ? "there is no such bean" : bean.getName() + " does not implement it"));
                    }
                }
            }
        }
        return problems;
    }

    /** Dependency cycles, which constructor injection cannot build. */
    private static List<String> cycles(Map<String, List<String>> dependencies) {
        List<String> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : dependencies.keySet()) {
            findCycle(start, dependencies, new ArrayList<>(), done).ifPresent(cycles::add);
        }
        return cycles.stream().distinct().toList();
    }

    private static Optional<String> findCycle(String bean, Map<String, List<String>> dependencies, List<String> path,
                                              Set<String> done) {
        if (path.contains(bean)) {
            return Optional.of("constructor dependency cycle: "
                    + String.join(" -> ", path.subList(path.indexOf(bean), path.size())) + " -> " + bean);
        }
        if (done.contains(bean)) {
            return Optional.empty();
        }
        path.add(bean);
        for (String dependency : dependencies.getOrDefault(bean, List.of())) {
            Optional<String> cycle = findCycle(dependency, dependencies, path, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(bean);
        return Optional.empty();
    }

    private static List<String> interfaces(Element element) {
        List<String> interfaces = new ArrayList<>();
        if (element.hasAttribute("interface")) {
            interfaces.add(element.getAttribute("interface"));
        }
        for (Element block : Descriptor.children(element)) {
            if ("interfaces".equals(block.getLocalName())) {
                Descriptor.children(block).forEach(value -> interfaces.add(value.getTextContent().strip()));
            }
        }
        return interfaces;
    }

    private static void loadOrReport(String name, String where, List<String> problems) {
        try {
            Class<?> type = host.app().loadClass(name);
            type.getConstructors(); // links the constructor signatures too
        } catch (ClassNotFoundException | LinkageError e) {
            problems.add(where + ": " + name + " does not load through the bundle: " + e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return host.app().loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " does not load through bundle " + host.app().getSymbolicName()
                    + " (state " + stateName(host.app()) + ")", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends java.lang.annotation.Annotation> annotation(String name) {
        return (Class<? extends java.lang.annotation.Annotation>) load(name);
    }

    private static String stateName(Bundle bundle) {
        return Map.of(Bundle.ACTIVE, "ACTIVE", Bundle.RESOLVED, "RESOLVED", Bundle.INSTALLED, "INSTALLED")
                .getOrDefault(bundle.getState(), String.valueOf(bundle.getState()));
    }
}
