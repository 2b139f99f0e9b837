package eu.goodpractice.transfer.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/** Finds the classes of a package, as the REST module scans the packages a {@code <rest>} module names. */
final class ClassScanner {
    private ClassScanner() {
    }

    static List<Class<?>> classesIn(String packageName, ClassLoader loader) {
        String path = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.map(dir::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(packageName + "." + f.replace('/', '.')
                                        .substring(0, f.length() - ".class".length())));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection jar = (JarURLConnection) root.openConnection();
                    for (JarEntry entry : java.util.Collections.list(jar.getJarFile().entries())) {
                        String name = entry.getName();
                        if (name.startsWith(path + "/") && name.endsWith(".class")) {
                            names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }
}
