package eu.goodpractice.transfer.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The UI text bundles: every key the app uses is there and non-empty in every language, no language has keys the
 * base lacks, the files are ASCII with escapes, and every value survives java.text.MessageFormat (which is how
 * SAL's I18nResolver formats them) with the same arguments as the English text.
 */
class I18nBundlesTest {
    /** The base bundle (English) and the six translations the app promises. */
    static final List<String> LANGUAGES = List.of("", "de", "fr", "it", "es", "pl", "nl");
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private final Descriptor descriptor = Descriptor.built();
    private final String baseName = descriptor.i18nLocations().get(0);
    private final List<Bundle> bundles = LANGUAGES.stream().map(this::bundle).toList();
    private final Bundle base = bundles.get(0);

    @Test
    void everyLanguageHasABundle() {
        List<String> missing = bundles.stream().filter(b -> !b.exists()).map(Bundle::describe).toList();
        assertThat(missing).as("the app promises English plus %s; these bundles are missing",
                LANGUAGES.subList(1, LANGUAGES.size())).isEmpty();
    }

    /**
     * The English texts on their own: translations may lag behind a feature for a while (the next test then names
     * what a translator has to add), but a key without its English text is a bug in the feature.
     */
    @Test
    void everyUsedKeyHasATextInTheBaseBundle() {
        UsedI18nKeys used = UsedI18nKeys.scan(descriptor);
        List<String> missing = used.keys().entrySet().stream()
                .filter(e -> base.properties().getProperty(e.getKey(), "").isBlank())
                .map(e -> e.getKey() + " (used in " + e.getValue() + ")").toList();
        assertThat(used.keys()).as("used keys").isNotEmpty();
        assertThat(missing).as("used i18n keys missing or empty in the base bundle %s", base.file()).isEmpty();
    }

    @Test
    void everyUsedKeyHasATextInEveryBundle() {
        UsedI18nKeys used = UsedI18nKeys.scan(descriptor);
        assertThat(base.exists()).as("base bundle %s", base.file()).isTrue();
        assertThat(used.uncoveredPrefixes()).as("composed i18n keys the test cannot enumerate").isEmpty();
        assertThat(used.keys().values()).as("keys found in src/main/java (is the source scan still working?)")
                .anyMatch(where -> where.endsWith(".java"));
        List<String> missing = new ArrayList<>();
        for (Bundle bundle : existing()) {
            used.keys().forEach((key, where) -> {
                if (bundle.properties().getProperty(key, "").isBlank()) {
                    missing.add(bundle.describe() + ": " + key + " (used in " + where + ")");
                }
            });
        }
        assertThat(missing).as("used i18n keys missing or empty").isEmpty();
    }

    @Test
    void noBundleHasKeysTheBaseLacks() {
        List<String> extra = new ArrayList<>();
        for (Bundle bundle : existing()) {
            bundle.properties().stringPropertyNames().stream().filter(key -> !base.properties().containsKey(key))
                    .sorted().forEach(key -> extra.add(bundle.describe() + ": " + key));
        }
        assertThat(extra).as("keys the base bundle %s does not have (typo, or a key removed from English)",
                base.file()).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInABundle() {
        List<String> twice = new ArrayList<>();
        existing().forEach(bundle -> bundle.duplicates().forEach(key -> twice.add(bundle.describe() + ": " + key)));
        assertThat(twice).as("keys defined twice (the later silently wins)").isEmpty();
    }

    @Test
    void bundlesArePureAscii() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : existing()) {
            List<String> lines = Files.readAllLines(bundle.file(), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (int column = 0; column < line.length(); column++) {
                    if (line.charAt(column) > 0x7F) {
                        problems.add(bundle.file() + ":" + (i + 1) + ":" + (column + 1)
                                + " byte 0x" + Integer.toHexString(line.charAt(column)) + " (write it as \\uXXXX)");
                        break;
                    }
                }
            }
        }
        assertThat(problems).as("non-ASCII bytes in i18n bundles").isEmpty();
    }

    @Test
    void everyValueIsAMessageFormatWithTheArgumentsOfTheBaseText() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : existing()) {
            for (String key : new TreeSet<>(bundle.properties().stringPropertyNames())) {
                String value = bundle.properties().getProperty(key);
                try {
                    new MessageFormat(value, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(bundle.describe() + ": " + key + " is not a valid MessageFormat (" + e.getMessage()
                            + "): " + value);
                    continue;
                }
                String baseValue = base.properties().getProperty(key);
                if (baseValue != null && !arguments(value).equals(arguments(baseValue))) {
                    problems.add(bundle.describe() + ": " + key + " uses arguments " + arguments(value)
                            + " but the base text uses " + arguments(baseValue) + ": " + value);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noValueHasAPlainApostrophe() {
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : existing()) {
            bundle.properties().stringPropertyNames().stream().sorted()
                    .filter(key -> bundle.properties().getProperty(key).indexOf('\'') >= 0)
                    .forEach(key -> problems.add(bundle.describe() + ": " + key + " = "
                            + bundle.properties().getProperty(key)));
        }
        assertThat(problems).as("values with a plain ' (MessageFormat drops it and quotes what follows); write the "
                + "typographic \\u2019 instead").isEmpty();
    }

    /** The argument indices a MessageFormat pattern uses, e.g. [0, 1] for "{0} of {1}". */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }

    private List<Bundle> existing() {
        assertThat(base.exists()).as("base bundle %s", base.file()).isTrue();
        return bundles.stream().filter(Bundle::exists).toList();
    }

    private Bundle bundle(String language) {
        Path file = RESOURCES.resolve(baseName + (language.isEmpty() ? "" : "_" + language) + ".properties");
        Set<String> duplicates = new TreeSet<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.add((String) key);
                }
                return super.put(key, value);
            }
        };
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Bundle(language.isEmpty() ? "base" : language, file, Files.exists(file), properties, duplicates);
    }

    record Bundle(String language, Path file, boolean exists, Properties properties, Set<String> duplicates) {
        String describe() {
            return language + " (" + file + ")";
        }
    }
}
