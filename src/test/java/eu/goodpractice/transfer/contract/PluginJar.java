package eu.goodpractice.transfer.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/** The built bundle, as a file: its manifest headers and entries, including the jars on its Bundle-ClassPath. */
final class PluginJar {
    private final Path file;
    private final Manifest manifest;
    /** Entry name -> bytes, for every file entry of the jar. */
    private final Map<String, byte[]> entries;

    private PluginJar(Path file, Manifest manifest, Map<String, byte[]> entries) {
        this.file = file;
        this.manifest = manifest;
        this.entries = entries;
    }

    /** The jar failsafe points at with the system property {@code plugin.jar}. */
    static PluginJar built() {
        String location = System.getProperty("plugin.jar");
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("System property plugin.jar is not set: run the *IT tests with "
                    + "'mvn verify' (failsafe sets it to target/practice-transfer-<version>.jar)");
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("plugin.jar=" + file + " does not exist: the package phase must run first");
        }
        try (JarFile jar = new JarFile(file.toFile())) {
            Map<String, byte[]> entries = new TreeMap<>();
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (!entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            return new PluginJar(file, jar.getManifest(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    Path file() {
        return file;
    }

    /** A main manifest header, or null. */
    String header(String name) {
        return manifest == null ? null : manifest.getMainAttributes().getValue(name);
    }

    Map<String, byte[]> entries() {
        return entries;
    }

    /** The packages of the Import-Package header: the host packages the bundle expects. */
    List<String> importedPackages() {
        return List.copyOf(parseHeader(header("Import-Package")).keySet());
    }

    /**
     * Imports marked {@code resolution:=optional}: packages an embedded library refers to for features the app never
     * uses (POI's signing, SVG, PDF); the bundle resolves without them.
     */
    java.util.Set<String> optionalImports() {
        java.util.Set<String> optional = new java.util.TreeSet<>();
        parseHeader(header("Import-Package")).forEach((name, parameters) -> {
            if ("optional".equals(parameters.get("resolution"))) {
                optional.add(name);
            }
        });
        return optional;
    }

    /** The Bundle-ClassPath entries, "." when the header is absent. */
    List<String> bundleClassPath() {
        String header = header("Bundle-ClassPath");
        return header == null ? List.of(".") : parseHeader(header).keySet().stream().toList();
    }

    /**
     * The class files of the bundle: those of the jar itself, and those of every jar on its Bundle-ClassPath, by
     * class file name (a/b/C.class) -> bytes.
     */
    Map<String, byte[]> classFiles() {
        Map<String, byte[]> classes = new TreeMap<>();
        for (String path : bundleClassPath()) {
            if (path.equals(".")) {
                entries.forEach((name, bytes) -> {
                    if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                        classes.put(name, bytes);
                    }
                });
            } else if (entries.containsKey(path)) {
                classes.putAll(classFilesOf(entries.get(path)));
            }
        }
        return classes;
    }

    /** The class files of one embedded jar. */
    Map<String, byte[]> embeddedClassFiles(String jarEntry) {
        return classFilesOf(entries.get(jarEntry));
    }

    private static Map<String, byte[]> classFilesOf(byte[] jarBytes) {
        Map<String, byte[]> classes = new TreeMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jarBytes))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    classes.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    /**
     * An OSGi header (Import-Package, Bundle-ClassPath, ...) as clause -> its attributes and directives, e.g.
     * {@code a.b;version="[1,2)",c} -> {a.b={version=[1,2)}, c={}}. Commas and semicolons inside quotes do not split.
     */
    static Map<String, Map<String, String>> parseHeader(String header) {
        Map<String, Map<String, String>> clauses = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int equals = part.indexOf('=');
                if (equals < 0) {
                    names.add(part.strip());
                } else {
                    String key = part.substring(0, equals).strip();
                    String value = part.substring(equals + 1).strip();
                    if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                        value = value.substring(1, value.length() - 1);
                    }
                    parameters.put(key.endsWith(":") ? key.substring(0, key.length() - 1) : key, value);
                }
            }
            names.forEach(name -> clauses.put(name, parameters));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts.stream().filter(p -> !p.isBlank()).toList();
    }
}
