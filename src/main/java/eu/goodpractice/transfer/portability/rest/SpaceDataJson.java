package eu.goodpractice.transfer.portability.rest;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.portability.ImportReport;
import eu.goodpractice.transfer.portability.PageRef;
import eu.goodpractice.transfer.portability.PortableRow;
import eu.goodpractice.transfer.portability.SpaceData;
import eu.goodpractice.transfer.portability.SpaceDataFormat;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The space data file: {@code {format, version, dataModelVersion, exportedAt, source: {spaceKey, baseUrl},
 * pages: [{id, spaceKey, title}], data: {section: [{key, id, ...values}]}}}, and the import report. Reading checks
 * format and version first, then the file's shape, each problem reported at its field.
 */
public class SpaceDataJson {

    public JsonObject document(SpaceData data, Instant exportedAt) {
        JsonArray pages = Json.array();
        data.pages().values().forEach(page -> pages.add(Json.object().add("id", page.id())
                .add("spaceKey", text(page.spaceKey())).add("title", text(page.title()))));
        JsonObject sections = Json.object();
        data.sections().forEach((name, rows) -> {
            JsonArray array = Json.array();
            for (PortableRow row : rows) {
                JsonObject json = Json.object().add("key", row.key()).add("id", row.id());
                row.values().forEach((property, value) -> json.add(property, value(value)));
                array.add(json);
            }
            sections.add(name, array);
        });
        return Json.object().add("format", SpaceDataFormat.FORMAT).add("version", SpaceDataFormat.VERSION)
                .add("dataModelVersion", SpaceDataFormat.DATA_MODEL_VERSION)
                .add("exportedAt", exportedAt.toString())
                .add("source", Json.object().add("spaceKey", data.spaceKey()).add("baseUrl", text(data.baseUrl())))
                .add("pages", pages).add("data", sections);
    }

    public JsonObject report(ImportReport report) {
        JsonObject sections = Json.object();
        report.sections().forEach((name, counts) -> sections.add(name, Json.object()
                .add("created", counts.created()).add("updated", counts.updated())
                .add("unchanged", counts.unchanged()).add("unmapped", counts.unmapped())));
        JsonArray unmapped = Json.array();
        report.unmappedPages().forEach(page -> unmapped.add(Json.object().add("id", page.id())
                .add("spaceKey", text(page.spaceKey())).add("title", text(page.title()))));
        return Json.object().add("spaceKey", report.spaceKey()).add("dryRun", report.dryRun())
                .add("imported", report.imported()).add("sections", sections).add("unmappedPages", unmapped);
    }

    /** Reads a file; a wrong format or version, or a malformed part, is a 400 naming the field. */
    public SpaceData read(String body) {
        JsonObject file = object(body);
        FieldErrors errors = new FieldErrors();
        JsonValue format = file.get("format");
        if (format == null || !format.isString() || !format.asString().equals(SpaceDataFormat.FORMAT)) {
            errors.add("format", "transfer.portability.error.format", SpaceDataFormat.FORMAT);
        }
        JsonValue version = file.get("version");
        if (version == null || !version.isNumber() || !version.toString().equals(String.valueOf(SpaceDataFormat.VERSION))) {
            errors.add("version", "transfer.portability.error.version", version == null ? "-" : version.toString(),
                    SpaceDataFormat.VERSION);
        }
        errors.throwIfAny();
        JsonObject source = file.get("source") != null && file.get("source").isObject()
                ? file.get("source").asObject() : Json.object();
        String spaceKey = source.getString("spaceKey", null);
        if (spaceKey == null || spaceKey.isBlank()) {
            errors.add("source.spaceKey", "transfer.validation.required");
        }
        Map<Long, PageRef> pages = pages(file.get("pages"), errors);
        Map<String, List<PortableRow>> sections = sections(file.get("data"), errors);
        errors.throwIfAny();
        return new SpaceData(spaceKey, source.getString("baseUrl", null), pages, sections);
    }

    /** The body as a JSON object: a missing, malformed or non-object body is a 400 naming the body, as everywhere. */
    private static JsonObject object(String body) {
        return JsonInput.parse(body).object();
    }

    private static Map<Long, PageRef> pages(JsonValue value, FieldErrors errors) {
        Map<Long, PageRef> pages = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return pages;
        }
        if (!value.isArray()) {
            errors.add("pages", "transfer.portability.error.value");
            return pages;
        }
        for (JsonValue item : value.asArray()) {
            JsonValue id = item.isObject() ? item.asObject().get("id") : null;
            JsonValue title = item.isObject() ? item.asObject().get("title") : null;
            if (id == null || !id.isNumber() || title == null || !title.isString()) {
                errors.add("pages", "transfer.portability.error.value");
                continue;
            }
            JsonValue space = item.asObject().get("spaceKey");
            pages.put(id.asLong(), new PageRef(id.asLong(), space != null && space.isString() ? space.asString()
                    : null, title.asString()));
        }
        return pages;
    }

    private static Map<String, List<PortableRow>> sections(JsonValue value, FieldErrors errors) {
        Map<String, List<PortableRow>> sections = new LinkedHashMap<>();
        if (value == null || !value.isObject()) {
            errors.add("data", "transfer.validation.required");
            return sections;
        }
        for (JsonObject.Member member : value.asObject()) {
            String name = member.getName();
            if (!SpaceDataFormat.SECTIONS.contains(name)) {
                errors.add("data." + name, "transfer.portability.error.section");
                continue;
            }
            if (!member.getValue().isArray()) {
                errors.add("data." + name, "transfer.portability.error.value");
                continue;
            }
            List<PortableRow> rows = new ArrayList<>();
            JsonArray items = member.getValue().asArray();
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).isObject()) {
                    errors.add(name + "[" + i + "]", "transfer.portability.error.value");
                    continue;
                }
                rows.add(row(items.get(i).asObject()));
            }
            sections.put(name, rows);
        }
        return sections;
    }

    private static PortableRow row(JsonObject json) {
        JsonValue key = json.get("key");
        JsonValue id = json.get("id");
        Map<String, Object> values = new LinkedHashMap<>();
        for (JsonObject.Member member : json) {
            if (!member.getName().equals("key") && !member.getName().equals("id")) {
                values.put(member.getName(), plain(member.getValue()));
            }
        }
        return new PortableRow(key != null && key.isString() ? key.asString() : null,
                id != null && id.isNumber() ? (long) id.asDouble() : 0, values);
    }

    /** A JSON value as plain Java: text, Long or Double, Boolean, null, or a list of those. */
    private static Object plain(JsonValue value) {
        if (value.isString()) {
            return JsonInput.withoutNul(value.asString()); // as every JSON text the app reads
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            String text = value.toString();
            return text.matches("-?\\d{1,18}") ? (Object) Long.valueOf(text) : (Object) value.asDouble();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.asArray().forEach(item -> list.add(plain(item)));
            return list;
        }
        return value.isNull() ? null : value.toString();
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return Json.NULL;
        }
        if (value instanceof Boolean flag) {
            return Json.value(flag);
        }
        if (value instanceof Integer || value instanceof Long) {
            return Json.value(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return Json.value(number.doubleValue());
        }
        if (value instanceof List<?> list) {
            JsonArray array = Json.array();
            list.forEach(item -> array.add(value(item)));
            return array;
        }
        return Json.value(value.toString());
    }

    private static JsonValue text(String value) {
        return value == null ? Json.NULL : Json.value(value);
    }
}
