package eu.goodpractice.transfer.practice.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.eclipsesource.json.Json;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Paging;
import eu.goodpractice.transfer.rest.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * A space's settings for practices: {@code /practice-settings?space=KEY}, today the group whose members coordinate
 * the space's practices (besides its administrators). Status rules, on top of the REST access annotation:
 * <ul>
 *   <li>no {@code space}, malformed JSON, or a group name that is too long -> 400, with a message per field</li>
 *   <li>no view permission in the space (reading), not an administrator of the space (changing) -> 403</li>
 * </ul>
 */
@Path("/practice-settings")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeSettingsResource {
    private final PracticeService service;
    private final PracticeJson json;
    private final Responses responses;

    @Inject
    public PracticeSettingsResource(PracticeService service, PracticeJson json, Responses responses) {
        this.service = service;
        this.json = json;
        this.responses = responses;
    }

    /** {@code {"spaceKey": "VET", "coordinatorGroup": "vet-coordinators"}}; the group is null when none is named. */
    @GET
    @AnonymousSiteAccess
    public Response read(@QueryParam("space") String space) {
        return run(() -> {
            String spaceKey = Paging.required("space", space);
            return Responses.ok(json.settings(spaceKey, service.coordinatorGroup(spaceKey)));
        });
    }

    /** Names the coordinators' group ({@code {"coordinatorGroup": "..."}}); null or blank names none. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@QueryParam("space") String space, String body) {
        return run(() -> {
            String spaceKey = Paging.required("space", space);
            JsonInput in = JsonInput.parse(body);
            String group = in.text("coordinatorGroup");
            in.errors().throwIfAny();
            service.setCoordinatorGroup(spaceKey, group);
            return Responses.ok(json.settings(spaceKey, service.coordinatorGroup(spaceKey)));
        });
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> Json.NULL);
    }
}
