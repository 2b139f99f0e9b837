package eu.goodpractice.transfer.rest;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.shared.Audit;
import eu.goodpractice.transfer.shared.Person;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * What every feature writes the same way: people as {@code {key, username, displayName}}, the audit fields of a
 * record, and optional values as JSON null. People are looked up beforehand, a whole list in one go.
 */
public final class JsonOutput {
    private JsonOutput() {
    }

    public static JsonValue person(String key, Map<String, Person> people) {
        if (key == null) {
            return Json.NULL;
        }
        Person person = people.get(key);
        JsonObject json = Json.object().add("key", key);
        // a user deleted from the directory keeps their key, so the record still says who it was
        return person == null ? json : json.add("username", person.username()).add("displayName", person.displayName());
    }

    /** Adds createdBy, createdAt, updatedBy, updatedAt and version. */
    public static JsonObject audit(JsonObject json, Audit audit, Map<String, Person> people) {
        return json.add("createdBy", person(audit.createdBy(), people))
                .add("createdAt", audit.createdAt().toString())
                .add("updatedBy", person(audit.updatedBy(), people))
                .add("updatedAt", audit.updatedAt().toString())
                .add("version", audit.version());
    }

    /** The people an audit names, added to {@code keys}. */
    public static void collectPeople(Collection<String> keys, Audit audit) {
        keys.add(audit.createdBy());
        keys.add(audit.updatedBy());
        keys.removeIf(Objects::isNull);
    }

    /** Text, or JSON null; also for dates and other values written through their {@code toString()}. */
    public static JsonValue text(Object value) {
        return value == null ? Json.NULL : Json.value(value.toString());
    }
}
