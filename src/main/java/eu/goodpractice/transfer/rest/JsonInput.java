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
 * A JSON request body read leniently: numbers are accepted where text is expected, and a value of the wrong kind
 * is recorded as a field problem instead of failing the whole request, so the caller hears about every field at once.
 */
public final class JsonInput {
    private final JsonObject object;
    private final FieldErrors errors = new FieldErrors();

    private JsonInput(JsonObject object) {
        this.object = object;
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
            return new JsonInput(value.asObject());
        } catch (ParseException e) {
            throw new ValidationException(FieldErrors.of("body", "transfer.validation.body-json",
                    e.getLocation().line, e.getLocation().column));
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    /** The field as text; null when absent or null. */
    public String text(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return value.toString();
        }
        errors.add(field, "transfer.validation.text");
        return null;
    }

    /** The field as a list of texts; a single text counts as one line per entry. */
    public List<String> texts(String field) {
        JsonValue value = object.get(field);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (value.isString()) {
            texts.addAll(List.of(value.asString().split("\\R")));
        } else if (value.isArray()) {
            for (JsonValue item : value.asArray()) {
                if (item.isString()) {
                    texts.add(item.asString());
                } else {
                    errors.add(field, "transfer.validation.text-list");
                }
            }
        } else {
            errors.add(field, "transfer.validation.text-list");
        }
        return texts;
    }

    /** The field as a list of whole numbers (ids). */
    public List<Integer> ids(String field) {
        JsonValue value = object.get(field);
        List<Integer> ids = new ArrayList<>();
        if (value == null || !value.isArray()) {
            errors.add(field, "transfer.validation.id-list");
            return ids;
        }
        for (JsonValue item : value.asArray()) {
            if (item.isNumber() && item.toString().matches("\\d{1,9}")) {
                ids.add(item.asInt());
            } else {
                errors.add(field, "transfer.validation.id-list");
            }
        }
        return ids;
    }
}
