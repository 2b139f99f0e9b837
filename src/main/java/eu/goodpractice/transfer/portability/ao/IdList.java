package eu.goodpractice.transfer.portability.ao;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Ids between commas, {@code ,3,17,}, as the engagement and dissemination tables keep their links. */
final class IdList {
    private IdList() {
    }

    static List<Long> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty())
                .map(Long::valueOf).toList();
    }

    static String join(Collection<? extends Number> ids) {
        return ids.stream().map(id -> String.valueOf(id.longValue())).collect(Collectors.joining(",", ",", ","));
    }
}
