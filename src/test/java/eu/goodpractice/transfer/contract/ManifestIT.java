package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

/**
 * The jar as Confluence's plugin framework meets it before anything runs: the manifest headers a transformerless
 * plugin needs, imports that cover every package the bundle's classes use (without version ranges, since the host
 * decides its export versions), a Bundle-ClassPath that exists, no host or test classes inside, and the filtered
 * descriptor at the root.
 */
class ManifestIT {
    /** Class file prefixes that must never ship in the jar: the host's own libraries, test servers, test code. */
    private static final List<String> NEVER_EMBEDDED = List.of("com/atlassian/", "net/java/ao/", "org/h2/",
            "org/eclipse/jetty/", "org/glassfish/", "org/springframework/", "org/osgi/", "org/apache/felix/",
            "jakarta/", "eu/goodpractice/transfer/testhost/", "eu/goodpractice/transfer/workbench/", "eu/goodpractice/transfer/contract/");
    private static final Path TEST_CLASSES = Path.of("target", "test-classes");

    private final PluginJar jar = PluginJar.built();

    @Test
    void identifiesThePluginByTheDescriptorsKey() {
        Descriptor descriptor = descriptorInJar();
        assertThat(jar.header("Atlassian-Plugin-Key")).as("Atlassian-Plugin-Key (without it Confluence runs the "
                + "plugin transformer)").isEqualTo(descriptor.pluginKey());
        assertThat(PluginJar.parseHeader(jar.header("Bundle-SymbolicName")).keySet())
                .as("Bundle-SymbolicName (also the default AO namespace)").containsExactly(descriptor.pluginKey());
        assertThat(jar.header("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(jar.header("Bundle-Version")).as("Bundle-Version").isNotBlank();
        Version.parseVersion(jar.header("Bundle-Version"));
        assertThat(jar.header("Spring-Context")).as("Spring-Context, so the extender reads META-INF/spring/*.xml")
                .isEqualTo("*");
    }

    @Test
    void carriesTheBuildDate() {
        String date = jar.header("Atlassian-Build-Date");
        assertThat(date).as("Atlassian-Build-Date").isNotBlank();
        try {
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").parse(date);
        } catch (DateTimeParseException e) {
            throw new AssertionError("Atlassian-Build-Date '" + date + "' is not yyyy-MM-dd'T'HH:mm:ssZ", e);
        }
    }

    @Test
    void exportsNothing() {
        assertThat(jar.header("Export-Package")).as("Export-Package: the app offers no API to other bundles")
                .satisfiesAnyOf(header -> assertThat(header).isNull(), header -> assertThat(header).isBlank());
    }

    @Test
    void importsEveryOutsidePackageItsClassesUse() {
        Map<String, byte[]> classes = jar.classFiles();
        Set<String> own = new TreeSet<>();
        classes.keySet().forEach(file -> own.add(ClassReferences.packageOf(file)));
        Set<String> imported = new TreeSet<>(jar.importedPackages());
        Map<String, String> missing = new TreeMap<>();
        classes.forEach((file, bytes) -> ClassReferences.of(bytes).forEach(reference -> {
            String packageName = ClassReferences.packageOf(reference);
            if (!packageName.isEmpty() && !packageName.startsWith("java.") && !own.contains(packageName)
                    && !imported.contains(packageName)) {
                missing.putIfAbsent(packageName, reference.replace('/', '.') + " used by " + file);
            }
        }));
        assertThat(classes).as("class files of the bundle").isNotEmpty();
        assertThat(missing).as("packages used but not in Import-Package (the class would fail with "
                + "NoClassDefFoundError inside Confluence)").isEmpty();
    }

    @Test
    void importsWithoutVersionRanges() {
        List<String> ranged = new ArrayList<>();
        PluginJar.parseHeader(jar.header("Import-Package")).forEach((packageName, parameters) -> {
            String version = parameters.get("version");
            if (version != null && !Version.emptyVersion.equals(parseOrNull(version))) {
                ranged.add(packageName + ";version=\"" + version + "\"");
            }
        });
        assertThat(ranged).as("imports with a version other than 0: the host's export versions are unknown, a "
                + "range would keep the app from resolving").isEmpty();
    }

    @Test
    void bundleClassPathEntriesExist() {
        List<String> entries = jar.bundleClassPath();
        assertThat(entries).as("Bundle-ClassPath").contains(".");
        assertThat(entries.stream().filter(e -> !e.equals(".") && !jar.entries().containsKey(e)).toList())
                .as("Bundle-ClassPath entries missing from %s", jar.file()).isEmpty();
    }

    @Test
    void holdsNoHostLibraryAndNoTestClass() {
        List<String> wrong = new ArrayList<>();
        jar.classFiles().keySet().forEach(file -> {
            NEVER_EMBEDDED.stream().filter(file::startsWith).findFirst()
                    .ifPresent(prefix -> wrong.add(file + " (" + prefix + ")"));
            if (Files.exists(TEST_CLASSES.resolve(file))) {
                wrong.add(file + " (a test class)");
            }
        });
        assertThat(wrong).as("classes that must not ship in %s", jar.file()).isEmpty();
    }

    @Test
    void hasTheFilteredDescriptorAtItsRoot() {
        Descriptor descriptor = descriptorInJar();
        assertThat(descriptor.unfilteredPlaceholders()).as("${...} left unfiltered in the jar's atlassian-plugin.xml")
                .isEmpty();
        assertThat(descriptor.pluginKey()).isEqualTo(DescriptorTest.PLUGIN_KEY);
    }

    private Descriptor descriptorInJar() {
        byte[] bytes = jar.entries().get("atlassian-plugin.xml");
        assertThat(bytes).as("atlassian-plugin.xml at the root of %s", jar.file()).isNotNull();
        return Descriptor.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static Version parseOrNull(String version) {
        try {
            return Version.parseVersion(version);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
