package eu.goodpractice.transfer.engagement.ao;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How the engagement and dissemination tables keep their links: ids between commas, {@code ,3,17,}, so that
 * {@code LIKE '%,3,%'} finds one exactly. The one place that writes and reads the format (the stores, the report and
 * the space data file all go through it).
 */
public final class LinkedIds {
    private LinkedIds() {
    }

    /** The ids as stored; {@code ,,} for none (for a column that must hold text). */
    public static String join(Collection<?> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", ",", ","));
    }

    /** The ids as stored, or null for none. */
    public static String joinOrNull(Collection<?> ids) {
        return ids.isEmpty() ? null : join(ids);
    }

    /** The stored ids, each read by {@code parse}; none for null or blank text. */
    public static <T> List<T> parse(String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).map(parse).toList();
    }

    public static List<Long> parse(String text) {
        return parse(text, Long::valueOf);
    }
}
