package eu.goodpractice.transfer.engagement.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationInput;
import eu.goodpractice.transfer.engagement.DisseminationService;
import eu.goodpractice.transfer.engagement.macro.DisseminationLogRenderer;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Paging;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
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
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The dissemination log: {@code /dissemination}. Status rules, on top of the REST access annotation:
 * <ul>
 *   <li>malformed JSON, invalid fields or query parameters -> 400, with a message per field</li>
 *   <li>unknown activity -> 404</li>
 *   <li>no view permission in the space (reading) or no edit permission (writing, link check) -> 403</li>
 *   <li>version sent is not the stored one -> 409, with the current activity</li>
 * </ul>
 */
@Path("/dissemination")
@Produces(MediaType.APPLICATION_JSON)
public class DisseminationResource {
    private final DisseminationService service;
    private final DisseminationJson json;
    private final Responses responses;
    private final DisseminationLogRenderer renderer;

    @Inject
    public DisseminationResource(DisseminationService service, DisseminationJson json, Responses responses,
                                 DisseminationLogRenderer renderer) {
        this.service = service;
        this.json = json;
        this.responses = responses;
        this.renderer = renderer;
    }

    /** A space's activities, newest first. */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("start") String start,
                         @QueryParam("limit") String limit) {
        return run(() -> {
            Page<DisseminationActivity> page = service.inSpace(Paging.required("spaceKey", spaceKey),
                    Paging.request(start, limit));
            return Responses.ok(Paging.json(page, json.activities(page.items())));
        });
    }

    /** Activities and summed reach per type and country, optionally in a period ({@code from}, {@code to}). */
    @GET
    @Path("totals")
    @AnonymousSiteAccess
    public Response totals(@QueryParam("spaceKey") String spaceKey, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        return run(() -> {
            String space = Paging.required("spaceKey", spaceKey);
            FieldErrors errors = new FieldErrors();
            LocalDate first = InputText.date(errors, "from", from);
            LocalDate last = InputText.date(errors, "to", to);
            errors.throwIfAny();
            return Responses.ok(json.totals(service.totals(space, first, last)));
        });
    }

    /** The log as the {@code dissemination-log} macro shows it, so the page script can refresh after a change. */
    @GET
    @Path("view")
    @Produces(MediaType.TEXT_HTML)
    @AnonymousSiteAccess
    public Response view(@QueryParam("spaceKey") String spaceKey) {
        return run(() -> Response.ok(renderer.render(Paging.required("spaceKey", spaceKey), true),
                "text/html;charset=utf-8").build());
    }

    @GET
    @Path("{id: \\d+}")
    @AnonymousSiteAccess
    public Response read(@PathParam("id") int id) {
        return run(() -> Responses.ok(json.activity(service.activity(id))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(String body) {
        return run(() -> {
            JsonInput in = JsonInput.parse(body);
            DisseminationActivity created = service.create(new DisseminationInput(in.text("spaceKey"),
                    in.text("type"), in.text("category"), in.text("date"), in.text("title"), in.text("language"),
                    in.text("country"), in.text("audience"), in.text("reach"), in.text("link"),
                    in.keys("practicePageIds"), null, in.errors()));
            return Responses.created("dissemination/" + created.id(), json.activity(created));
        });
    }

    /** Replaces the activity; fields the body leaves out keep their value. */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("id") int id, String body) {
        return run(() -> {
            DisseminationActivity current = service.activity(id);
            JsonInput in = JsonInput.parse(body);
            DisseminationActivity updated = service.update(id, new DisseminationInput(current.spaceKey(),
                    in.text("type", current.type().name()),
                    in.text("category", current.category() == null ? null : current.category().name()),
                    in.text("date", current.date().toString()), in.text("title", current.title()),
                    in.text("language", current.language()), in.text("country", current.country()),
                    in.text("audience", current.audience()), in.text("reach", String.valueOf(current.reach())),
                    in.text("link", current.link()),
                    in.keys("practicePageIds", current.practicePageIds().stream().map(String::valueOf).toList()),
                    in.text("version"), in.errors()));
            return Responses.ok(json.activity(updated));
        });
    }

    /** Deletes the activity; {@code version} must be the one the user saw. */
    @DELETE
    @Path("{id: \\d+}")
    @LicensedOnly
    // takes no body; naming JSON refuses the form and text bodies a page on another site could forge (415)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("id") int id, @QueryParam("version") String version) {
        return run(() -> {
            service.delete(id, version);
            return Response.noContent().build();
        });
    }

    /** Checks every stored link of the space now: {checked, ok, dead, notChecked}. */
    @POST
    @Path("link-check")
    @LicensedOnly
    public Response checkLinks(@QueryParam("spaceKey") String spaceKey) {
        return run(() -> Responses.ok(DisseminationJson.summary(
                service.checkLinks(Paging.required("spaceKey", spaceKey)))));
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> json.activity((DisseminationActivity) current));
    }
}
