package eu.goodpractice.transfer.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validation problems, one per field, each as an i18n key with its arguments. */
public final class FieldErrors {
    /** One problem: the i18n key of its message and the values the message needs. */
    public record Problem(String messageKey, List<Serializable> arguments) {
    }

    private final Map<String, Problem> byField = new LinkedHashMap<>();

    public static FieldErrors of(String field, String messageKey, Serializable... arguments) {
        FieldErrors errors = new FieldErrors();
        errors.add(field, messageKey, arguments);
        return errors;
    }

    /** Records the first problem of a field; later ones for the same field are dropped. */
    public FieldErrors add(String field, String messageKey, Serializable... arguments) {
        byField.putIfAbsent(field, new Problem(messageKey, new ArrayList<>(List.of(arguments))));
        return this;
    }

    /** Takes over the problems of {@code other}, for fields that have none yet. */
    public FieldErrors addAll(FieldErrors other) {
        other.byField.forEach(byField::putIfAbsent);
        return this;
    }

    public boolean hasErrors() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, Problem> byField() {
        return Collections.unmodifiableMap(byField);
    }

    /** Throws a {@link ValidationException} when any problem was recorded. */
    public void throwIfAny() {
        if (hasErrors()) {
            throw new ValidationException(this);
        }
    }
}
