package eu.goodpractice.transfer.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every field name the REST layer reads from a JSON body, found in the sources by the {@code JsonInput} calls that
 * read them ({@code in.text("title")}, {@code contact.object("consent", ..)}): a field a new endpoint reads is fuzzed
 * the moment it is written, without a list to keep up to date.
 */
final class KnownFields {
    private static final Path SOURCES = Path.of("src", "main", "java", "eu", "goodpractice", "transfer");
    private static final Pattern READ = Pattern.compile(
            "\\.(?:text|texts|keys|flag|ids|objects|object|has)\\(\\s*\"([A-Za-z]\\w*)\"");

    private KnownFields() {
    }

    static List<String> all() {
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = READ.matcher(Files.readString(file));
                while (matcher.find()) {
                    fields.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(fields);
    }
}
