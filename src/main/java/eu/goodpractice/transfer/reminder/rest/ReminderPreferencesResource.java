package eu.goodpractice.transfer.reminder.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.reminder.ReminderPreferences;
import eu.goodpractice.transfer.reminder.ReminderPreferencesService;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The current user's reminder choices, {@code {"dailyDigest": true, "weeklySummary": false}}.
 * <ul>
 *   <li>anonymous -> 401 (REST v2, {@code @LicensedOnly})</li>
 *   <li>a value that is not true or false -> 400 naming the field; nothing is saved</li>
 *   <li>a field left out keeps its current value</li>
 * </ul>
 */
@Path("/reminders/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderPreferencesResource {
    private final ReminderPreferencesService service;
    private final Responses responses;

    @Inject
    public ReminderPreferencesResource(ReminderPreferencesService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @GET
    @LicensedOnly
    public Response read() {
        return run(() -> Responses.ok(json(service.mine())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(String body) {
        return run(() -> {
            ReminderPreferences current = service.mine();
            JsonInput in = JsonInput.parse(body);
            boolean daily = in.flag("dailyDigest", current.dailyDigest());
            boolean weekly = in.flag("weeklySummary", current.weeklySummary());
            in.errors().throwIfAny();
            return Responses.ok(json(service.update(new ReminderPreferences(daily, weekly))));
        });
    }

    private static JsonObject json(ReminderPreferences preferences) {
        return Json.object().add("dailyDigest", preferences.dailyDigest())
                .add("weeklySummary", preferences.weeklySummary());
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> Json.NULL);
    }
}
