package eu.goodpractice.transfer.engagement.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import eu.goodpractice.transfer.engagement.Engagement;
import eu.goodpractice.transfer.engagement.EngagementInput;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Paging;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * The engagement log: {@code /engagements}. Same rules as the register; links name stakeholders and action steps of
 * the engagement's own space and practice pages the user may view, anything else is a 400 at that field.
 */
@Path("/engagements")
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {
    private final StakeholderService service;
    private final StakeholderJson json;
    private final Responses responses;

    @Inject
    public EngagementResource(StakeholderService service, StakeholderJson json, Responses responses) {
        this.service = service;
        this.json = json;
        this.responses = responses;
    }

    /** Engagements of a space, newest first. */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("start") String start,
                         @QueryParam("limit") String limit) {
        return run(() -> {
            Page<Engagement> page = service.engagements(Paging.required("spaceKey", spaceKey),
                    Paging.request(start, limit));
            return Responses.ok(Paging.json(page, json.engagements(page.items())));
        });
    }

    @GET
    @Path("{id: \\d+}")
    @AnonymousSiteAccess
    public Response read(@PathParam("id") int id) {
        return run(() -> Responses.ok(json.engagement(service.engagement(id))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(String body) {
        return run(() -> {
            JsonInput in = JsonInput.parse(body);
            Engagement created = service.createEngagement(input(in, in.text("spaceKey"), null));
            return Responses.created("engagements/" + created.id(), json.engagement(created));
        });
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("id") int id, String body) {
        return run(() -> {
            Engagement current = service.engagement(id);
            JsonInput in = JsonInput.parse(body);
            return Responses.ok(json.engagement(service.updateEngagement(id, input(in, current.spaceKey(),
                    current))));
        });
    }

    @DELETE
    @Path("{id: \\d+}")
    @LicensedOnly
    // takes no body; naming JSON refuses the form and text bodies a page on another site could forge (415)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("id") int id, @QueryParam("version") String version) {
        return run(() -> {
            service.deleteEngagement(id, version);
            return Response.noContent().build();
        });
    }

    /** Fields the body leaves out keep their value on an update. */
    private static EngagementInput input(JsonInput in, String spaceKey, Engagement current) {
        return new EngagementInput(spaceKey,
                in.text("date", current == null ? null : current.date().toString()),
                in.keys("stakeholders", current == null ? List.of() : strings(current.stakeholderIds())),
                in.text("format", current == null ? null : current.format().name()),
                in.text("topic", current == null ? null : current.topic()),
                in.text("outcome", current == null ? null : current.outcome()),
                in.text("followUp", current == null ? null : current.followUp()),
                in.keys("practices", current == null ? List.of() : strings(current.practicePageIds())),
                in.keys("actionSteps", current == null ? List.of() : strings(current.actionStepIds())),
                in.text("version"), in.errors());
    }

    private static List<String> strings(List<? extends Number> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> json.engagement((Engagement) current));
    }
}
