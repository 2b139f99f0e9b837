package eu.goodpractice.transfer.rest;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.ValidationException;
import java.util.function.Function;

/** Reads {@code start} and {@code limit} query parameters and writes a page as {start, limit, size, total, results}. */
public final class Paging {
    private Paging() {
    }

    public static PageRequest request(String start, String limit) {
        FieldErrors errors = new FieldErrors();
        int first = number(errors, "start", start, 0);
        int length = number(errors, "limit", limit, PageRequest.DEFAULT_LIMIT);
        errors.throwIfAny();
        return new PageRequest(first, length);
    }

    private static int number(FieldErrors errors, String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "transfer.validation.number", value);
            return fallback;
        }
    }

    public static <T> JsonObject json(Page<T> page, Function<T, JsonValue> item) {
        JsonArray results = Json.array();
        page.items().forEach(value -> results.add(item.apply(value)));
        return Json.object().add("start", page.start()).add("limit", page.limit()).add("size", page.size())
                .add("total", page.total()).add("results", results);
    }

    /** Makes sure a required query parameter is there, naming it when it is not. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(FieldErrors.of(field, "transfer.validation.required"));
        }
        return value.strip();
    }
}
