package eu.goodpractice.transfer.rest;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import com.eclipsesource.json.ParseException;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body read leniently: numbers and booleans are accepted where text is expected, and a value of the
 * wrong kind is recorded as a field problem instead of failing the whole request, so the caller hears about every
 * field at once.
 */
public final class JsonInput {
    private final JsonObject object;
    private final FieldErrors errors;
    /** For an object inside a list: the list's field, under which its problems are reported; null for the body. */
    private final String reportAs;

    private JsonInput(JsonObject object, FieldErrors errors, String reportAs) {
        this.object = object;
        this.errors = errors;
        this.reportAs = reportAs;
    }

    /** The body's JSON object as parsed, for a reader that walks a whole document (a space data file). */
    public JsonObject object() {
        return object;
    }

    /** Parses the body; a body that is not a JSON object fails with a 400 naming the body. */
    public static JsonInput parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(FieldErrors.of("body", "transfer.validation.body-missing"));
        }
        try {
            JsonValue value = Json.parse(body);
            if (!value.isObject()) {
                throw new ValidationException(FieldErrors.of("body", "transfer.validation.body-object"));
            }
            return new JsonInput(value.asObject(), new FieldErrors(), null);
        } catch (ParseException e) {
            throw new ValidationException(FieldErrors.of("body", "transfer.validation.body-json",
                    e.getLocation().line, e.getLocation().column));
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    /** True when the body names the field, even as null (which clears it). */
    public boolean has(String field) {
        return object.get(field) != null;
    }

    /** The field as text, or {@code current} when the body leaves the field out: an update changes only what it names. */
    public String text(String field, String current) {
        return has(field) ? text(field) : current;
    }

    /** The field as a list of texts, or {@code current} when the body leaves it out. */
    public List<String> texts(String field, List<String> current) {
        return has(field) ? texts(field) : current;
    }

    /** The field as a list of keys, or {@code current} when the body leaves it out. */
    public List<String> keys(String field, List<String> current) {
        return has(field) ? keys(field) : current;
    }

    /** The field as text; null when absent or null. */
    public String text(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return withoutNul(value.asString());
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.toString();
        }
        errors.add(name(field), "transfer.validation.text");
        return null;
    }

    /**
     * Text as sent, less any NUL character: it carries no meaning in any field, browsers drop it from the page, and
     * PostgreSQL refuses it in text columns, so keeping it would turn a harmless request into a failed write.
     */
    public static String withoutNul(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    /** The field as a list of texts; a single text counts as one line per entry. */
    public List<String> texts(String field) {
        JsonValue value = object.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (value.isString()) {
            texts.addAll(List.of(withoutNul(value.asString()).split("\\R")));
        } else if (value.isArray()) {
            for (JsonValue item : value.asArray()) {
                if (item.isString()) {
                    texts.add(withoutNul(item.asString()));
                } else {
                    errors.add(name(field), "transfer.validation.text-list");
                }
            }
        } else {
            errors.add(name(field), "transfer.validation.text-list");
        }
        return texts;
    }

    /**
     * The field as a list of keys: each entry a text, a number, or an object with a {@code key} (the way the API
     * writes terms), so a list read from the API can be sent back as it came. A single text counts as one line per
     * entry, as in {@link #texts}.
     */
    public List<String> keys(String field) {
        JsonValue value = object.get(field);
        if (value == null || !value.isArray()) {
            return texts(field);
        }
        List<String> keys = new ArrayList<>();
        for (JsonValue item : value.asArray()) {
            JsonValue key = item.isObject() ? item.asObject().get("key") : item;
            if (key != null && (key.isString() || key.isNumber())) {
                keys.add(key.isString() ? withoutNul(key.asString()) : key.toString());
            } else {
                errors.add(name(field), "transfer.validation.text-list");
            }
        }
        return keys;
    }

    /**
     * The field as a list of objects, each read as leniently as the body; problems inside them are reported under
     * {@code field}. A missing list is reported as required, anything else than a list of objects with
     * {@code messageKey}.
     */
    public List<JsonInput> objects(String field, String messageKey) {
        JsonValue value = object.get(field);
        List<JsonInput> objects = new ArrayList<>();
        if (value == null || value.isNull()) {
            errors.add(name(field), "transfer.validation.required");
            return objects;
        }
        if (!value.isArray()) {
            errors.add(name(field), messageKey);
            return objects;
        }
        for (JsonValue item : value.asArray()) {
            if (item.isObject()) {
                objects.add(new JsonInput(item.asObject(), errors, name(field)));
            } else {
                errors.add(name(field), messageKey);
            }
        }
        return objects;
    }

    /** The field as one object, read like the body, its problems reported under {@code field}; null when absent. */
    public JsonInput object(String field, String messageKey) {
        JsonValue value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            errors.add(name(field), messageKey);
            return null;
        }
        return new JsonInput(value.asObject(), errors, name(field));
    }

    /** The field as yes or no: a JSON boolean or the text true or false; {@code fallback} when absent. */
    public boolean flag(String field, boolean fallback) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        if (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.strip());
        }
        errors.add(name(field), "transfer.validation.choice", text);
        return fallback;
    }

    /** The field as a list of whole numbers (ids). */
    public List<Integer> ids(String field) {
        JsonValue value = object.get(field);
        List<Integer> ids = new ArrayList<>();
        if (value == null || !value.isArray()) {
            errors.add(name(field), "transfer.validation.id-list");
            return ids;
        }
        for (JsonValue item : value.asArray()) {
            if (item.isNumber() && item.toString().matches("\\d{1,9}")) {
                ids.add(item.asInt());
            } else {
                errors.add(name(field), "transfer.validation.id-list");
            }
        }
        return ids;
    }

    private String name(String field) {
        return reportAs == null ? field : reportAs;
    }
}
