package eu.goodpractice.transfer.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The i18n keys the app uses, found where they are written: string literals in src/main/java, tokens in the
 * Velocity templates, the browser scripts and the create dialog's Soy templates ({@code getText('key')}), the keys
 * the descriptor names, and the macro-browser keys. Keys the code composes from a literal prefix and an enum
 * ({@code "transfer.actionplan.status." + slug}) are produced by calling the code's own static
 * {@code String m(SomeEnum)} (or {@code List<String> m(SomeEnum)}, for keys per enum constant and term) methods of
 * the class that holds the prefix; scripts may compose keys with the same prefixes
 * ({@code 'transfer.actionplan.status.' + slug(name)}).
 */
final class UsedI18nKeys {
    static final Pattern KEY = Pattern.compile("transfer\\.[a-z0-9.-]*[a-z0-9]");
    /** A key, or the prefix of a composed key when it ends with a dot ('transfer.actionplan.status.' + slug). */
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_.-])transfer\\.[a-z0-9.-]*[a-z0-9.]");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final String CHAR_LITERAL = "'(?:[^'\\\\\\n]|\\\\.)'";
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("transfer\\.[a-z0-9.-]*\\.");

    static final Path JAVA = Path.of("src", "main", "java");
    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    static final Path SCRIPTS = Path.of("src", "main", "resources", "web");

    /** Key -> where it is used (first place found). */
    private final Map<String, String> keys = new TreeMap<>();
    /** Literal prefixes of composed keys -> the source file. */
    private final Map<String, Path> dynamicPrefixes = new TreeMap<>();
    private final List<String> uncoveredPrefixes = new ArrayList<>();

    private UsedI18nKeys() {
    }

    static UsedI18nKeys scan(Descriptor descriptor) {
        UsedI18nKeys used = new UsedI18nKeys();
        for (Path file : files(JAVA, ".java")) {
            // char literals such as '"' would otherwise pair up with the quotes of string literals
            Matcher literal = STRING_LITERAL.matcher(read(file).replaceAll(CHAR_LITERAL, "' '"));
            while (literal.find()) {
                String text = literal.group(1);
                if (KEY.matcher(text).matches()) {
                    used.add(text, file.toString());
                } else if (DYNAMIC_PREFIX.matcher(text).matches()) {
                    used.dynamicPrefixes.put(text, file);
                }
            }
        }
        used.dynamicPrefixes.forEach(used::composeFromEnums);
        for (Path file : Stream.of(files(TEMPLATES, ".vm"), files(SCRIPTS, ".js"), files(SCRIPTS, ".soy"))
                .flatMap(List::stream).toList()) {
            Matcher token = TOKEN.matcher(read(file));
            while (token.find()) {
                String text = token.group();
                if (!text.endsWith(".")) {
                    used.add(text, file.toString());
                } else if (used.keys.keySet().stream().noneMatch(key -> key.startsWith(text))) {
                    used.uncoveredPrefixes.add("\"" + text + "\" in " + file + ": a composed key whose completions "
                            + "the Java code does not compose from an enum, so the test cannot know them");
                }
            }
        }
        descriptor.namedI18nKeys().forEach(key -> used.add(key, Descriptor.BUILT.toString()));
        descriptor.macroBrowserKeys().forEach(key -> used.add(key, Descriptor.BUILT + " (macro browser)"));
        return used;
    }

    Map<String, String> keys() {
        return keys;
    }

    /** Composed-key prefixes for which the code offers no enum-to-key method, so their keys stay unchecked. */
    List<String> uncoveredPrefixes() {
        return uncoveredPrefixes;
    }

    private void add(String key, String where) {
        keys.putIfAbsent(key, where);
    }

    /** Calls every static {@code String m(E)} and {@code List<String> m(E)} of the prefix's class with every constant of E. */
    private void composeFromEnums(String prefix, Path source) {
        String className = JAVA.relativize(source).toString().replace('/', '.').replaceAll("\\.java$", "");
        Set<String> composed = new TreeSet<>();
        for (Method method : DescriptorTest.load(className).getDeclaredMethods()) {
            boolean keyOrKeys = method.getReturnType() == String.class || method.getReturnType() == List.class;
            if (Modifier.isStatic(method.getModifiers()) && keyOrKeys
                    && method.getParameterCount() == 1 && method.getParameterTypes()[0].isEnum()) {
                method.setAccessible(true);
                for (Object constant : method.getParameterTypes()[0].getEnumConstants()) {
                    try {
                        Object result = method.invoke(null, constant);
                        if (result instanceof List<?> keys) {
                            keys.forEach(key -> composed.add(String.valueOf(key)));
                        } else {
                            composed.add((String) result);
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Calling " + method + " with " + constant + " failed", e);
                    }
                }
            }
        }
        List<String> withPrefix = composed.stream().filter(key -> key.startsWith(prefix)).toList();
        if (withPrefix.isEmpty()) {
            uncoveredPrefixes.add("\"" + prefix + "\" in " + source + ": no static String or List<String> method(SomeEnum) of "
                    + className + " composes keys with it, so the test cannot know them; add one or extend "
                    + UsedI18nKeys.class.getSimpleName());
        }
        withPrefix.forEach(key -> add(key, source + " (composed from an enum)"));
    }

    static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
