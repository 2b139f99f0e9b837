package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The built jar in Apache Felix 7.0.5 against a stand-in Confluence that exports exactly the packages the jar
 * imports: it must resolve and start, every class of the app must load and link through the bundle, the host types
 * it sees must be the host's own classes (imported, never embedded), and its embedded libraries must come from its
 * Bundle-ClassPath.
 */
class BundleInFelixIT {
    private static final ClassLoader TEST_CLASS_PATH = BundleInFelixIT.class.getClassLoader();
    /** The app's own code; everything else its classes use comes from the host, the JDK or an embedded library. */
    private static final String APP_PACKAGE = "eu.goodpractice.transfer";

    private static PluginJar jar;
    private static FelixHost host;

    @BeforeAll
    static void installAndStart() throws Exception {
        jar = PluginJar.built();
        host = FelixHost.start(jar.file(), jar.importedPackages());
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void resolvesAndStartsAgainstTheHostPackagesItImports() {
        assertThat(jar.importedPackages()).as("Import-Package of %s", jar.file()).isNotEmpty();
        assertThat(host.app().getState()).as("state of %s in Felix (32 = ACTIVE)", host.app().getSymbolicName())
                .isEqualTo(Bundle.ACTIVE);
        assertThat(host.app().getSymbolicName()).isEqualTo(DescriptorTest.PLUGIN_KEY);
    }

    @Test
    void everyAppClassLoadsAndLinksThroughTheBundle() {
        List<String> problems = new ArrayList<>();
        List<String> appClasses = appClassNames();
        for (String name : appClasses) {
            try {
                Class<?> type = host.app().loadClass(name);
                // resolve every type in the class's signatures, as the JVM will when the host calls into it
                type.getDeclaredMethods();
                type.getDeclaredConstructors();
                type.getDeclaredFields();
                type.getGenericInterfaces();
                type.getGenericSuperclass();
                type.getAnnotations();
                if (type.getClassLoader() == TEST_CLASS_PATH) {
                    problems.add(name + " was loaded from the test class path, not from the bundle");
                }
            } catch (ClassNotFoundException | LinkageError | TypeNotPresentException e) {
                problems.add(name + ": " + e);
            }
        }
        assertThat(appClasses).as("classes at the root of %s", jar.file()).isNotEmpty();
        assertThat(problems).as("app classes that do not load through the bundle (missing import?)").isEmpty();
    }

    /**
     * Host classes: whatever the app's classes refer to outside the JDK, the app's own packages and its embedded
     * libraries. Each must be the very class the host has (the test class path's), never a copy in the jar.
     */
    @Test
    void hostTypesSeenByTheAppAreTheHostsOwnClasses() throws Exception {
        Set<String> embeddedPackages = new TreeSet<>();
        jar.bundleClassPath().stream().filter(path -> !path.equals("."))
                .forEach(path -> jar.embeddedClassFiles(path).keySet()
                        .forEach(file -> embeddedPackages.add(ClassReferences.packageOf(file))));
        Set<String> optional = jar.optionalImports();
        Map<String, String> hostClasses = new TreeMap<>();
        jar.classFiles().forEach((file, bytes) -> ClassReferences.of(bytes).stream()
                .filter(reference -> {
                    String packageName = ClassReferences.packageOf(reference).replace('/', '.');
                    // optional imports: what an embedded library uses only for features the app never calls
                    return !packageName.isEmpty() && !packageName.startsWith("java.")
                            && !packageName.startsWith(APP_PACKAGE) && !embeddedPackages.contains(packageName)
                            && !optional.contains(packageName);
                })
                .forEach(reference -> hostClasses.putIfAbsent(reference.replace('/', '.'), file)));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> hostClass : hostClasses.entrySet()) {
            String name = hostClass.getKey();
            Class<?> hostsOwn;
            try {
                hostsOwn = Class.forName(name, false, TEST_CLASS_PATH);
            } catch (ClassNotFoundException e) {
                problems.add(name + " (used by " + hostClass.getValue() + ") is not on the test class path: add it to "
                        + "the host API mirror src/hostapi/java");
                continue;
            }
            Class<?> seenByApp;
            try {
                seenByApp = host.app().loadClass(name);
            } catch (ClassNotFoundException e) {
                problems.add(name + " (used by " + hostClass.getValue() + ") is not visible to the bundle: its "
                        + "package is not imported");
                continue;
            }
            if (seenByApp != hostsOwn) {
                problems.add(name + " seen by the bundle is not the host's class: it is embedded or shadowed "
                        + "(loader " + seenByApp.getClassLoader() + ")");
            }
        }
        assertThat(hostClasses).as("host classes the app refers to").containsKey("com.atlassian.confluence.macro.Macro");
        assertThat(problems).isEmpty();
    }

    @Test
    void embeddedLibrariesLoadFromTheBundleClassPath() throws Exception {
        List<String> embedded = jar.bundleClassPath().stream().filter(path -> !path.equals(".")).toList();
        assertThat(embedded).as("embedded jars on Bundle-ClassPath (minimal-json)").isNotEmpty();
        ClassLoader bundleLoader = host.app().loadClass(appClassNames().get(0)).getClassLoader();
        List<String> problems = new ArrayList<>();
        for (String path : embedded) {
            Map<String, byte[]> classes = jar.embeddedClassFiles(path);
            if (classes.isEmpty()) {
                problems.add(path + " holds no classes");
            }
            for (String file : classes.keySet()) {
                String name = file.replaceAll("\\.class$", "").replace('/', '.');
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = host.app().loadClass(name);
                } catch (NoClassDefFoundError e) {
                    if (!needsOnlyAnOptionalImport(e)) {
                        problems.add(name + " from " + path + " does not load: " + e);
                    }
                    continue;
                }
                if (type.getClassLoader() != bundleLoader) {
                    problems.add(name + " from " + path + " was loaded by " + type.getClassLoader()
                            + ", not by the bundle");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(host.app().loadClass("com.eclipsesource.json.Json").getClassLoader()).isSameAs(bundleLoader);
    }

    /**
     * A library class that extends or implements a type of an optional import (POI's SVG or signing support) cannot
     * load without it; that is expected, the app never calls it. Any other missing class is a packaging fault.
     */
    private static boolean needsOnlyAnOptionalImport(NoClassDefFoundError e) {
        String missing = String.valueOf(e.getMessage()).replace('/', '.');
        int lastDot = missing.lastIndexOf('.');
        return lastDot > 0 && jar.optionalImports().contains(missing.substring(0, lastDot));
    }

    private static List<String> appClassNames() {
        return jar.entries().keySet().stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
                .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                .map(name -> name.replaceAll("\\.class$", "").replace('/', '.'))
                .toList();
    }
}
