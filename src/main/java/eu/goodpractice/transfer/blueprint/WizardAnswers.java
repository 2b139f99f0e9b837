package eu.goodpractice.transfer.blueprint;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The create dialog's answers as they reach a context provider: each form input's value in the context map under
 * the input's name, next to Confluence's own keys such as {@code spaceKey}. The inputs are named in lower case, so
 * it does not matter whether Confluence passes names as written or lower-cased (which public sources leave open);
 * a value may come as text, as a list or as an array, depending on how the dialog collected it.
 */
final class WizardAnswers {
    static final String SPACE_KEY = "spaceKey";

    private final Map<String, Object> context;

    WizardAnswers(Map<String, Object> context) {
        this.context = context;
    }

    String spaceKey() {
        return text(SPACE_KEY);
    }

    /** One text answer as given (the rules trim it); several values, which a text input never sends, are joined. */
    String text(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /**
     * A multiple choice: the wizard script sends the ticked values comma-separated in one hidden input, and a list
     * or array is read too, so the answer survives however the dialog serialises it.
     */
    List<String> list(String name) {
        List<String> items = new ArrayList<>();
        for (String value : values(name)) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }

    private List<String> values(String name) {
        Object value = lookUp(name);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.stream().filter(v -> v != null).forEach(v -> values.add(v.toString()));
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                Object item = Array.get(value, i);
                if (item != null) {
                    values.add(item.toString());
                }
            }
        } else if (value != null) {
            values.add(value.toString());
        }
        return values;
    }

    private Object lookUp(String name) {
        if (context.containsKey(name)) {
            return context.get(name);
        }
        return context.entrySet().stream().filter(e -> name.equalsIgnoreCase(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
