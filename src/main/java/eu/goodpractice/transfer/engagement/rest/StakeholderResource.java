package eu.goodpractice.transfer.engagement.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderContact;
import eu.goodpractice.transfer.engagement.StakeholderInput;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.engagement.macro.StakeholderMapView;
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
import java.util.function.Supplier;

/**
 * The stakeholder register: {@code /stakeholders}. 400 per field, 403 without view (reading) or edit (writing)
 * permission in the space, 404 for an unknown id, 409 with the current stakeholder when the version is stale or when
 * a stakeholder named by engagements is to be deleted (retire it instead). Contact persons reach editors only.
 */
@Path("/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
public class StakeholderResource {
    private final StakeholderService service;
    private final StakeholderJson json;
    private final Responses responses;
    private final StakeholderMapView view;

    @Inject
    public StakeholderResource(StakeholderService service, StakeholderJson json, Responses responses,
                               StakeholderMapView view) {
        this.service = service;
        this.json = json;
        this.responses = responses;
        this.view = view;
    }

    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("start") String start,
                         @QueryParam("limit") String limit) {
        return run(() -> {
            Page<Stakeholder> page = service.stakeholders(Paging.required("spaceKey", spaceKey),
                    Paging.request(start, limit));
            return Responses.ok(Paging.json(page, json.stakeholders(page.items())));
        });
    }

    /** The space's map as the {@code stakeholder-map} macro shows it, so the page script can refresh it. */
    @GET
    @Path("view")
    @Produces(MediaType.TEXT_HTML)
    @AnonymousSiteAccess
    public Response view(@QueryParam("spaceKey") String spaceKey) {
        return run(() -> Response.ok(view.render(service.map(Paging.required("spaceKey", spaceKey)), true),
                "text/html;charset=utf-8").build());
    }

    @GET
    @Path("{id: \\d+}")
    @AnonymousSiteAccess
    public Response read(@PathParam("id") int id) {
        return run(() -> Responses.ok(json.stakeholder(service.stakeholder(id))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(String body) {
        return run(() -> {
            JsonInput in = JsonInput.parse(body);
            Stakeholder created = service.createStakeholder(input(in, in.text("spaceKey"), null));
            return Responses.created("stakeholders/" + created.id(), json.stakeholder(created));
        });
    }

    /** Fields the body leaves out keep their value; {@code contact: null} removes the contact person. */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("id") int id, String body) {
        return run(() -> {
            Stakeholder current = service.stakeholder(id);
            JsonInput in = JsonInput.parse(body);
            return Responses.ok(json.stakeholder(service.updateStakeholder(id, input(in, current.spaceKey(),
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
            service.deleteStakeholder(id, version);
            return Response.noContent().build();
        });
    }

    /** Reads the body; the contact person comes as {@code contact: {name, role, email, consent: {givenBy, date, purpose}}}. */
    private static StakeholderInput input(JsonInput in, String spaceKey, Stakeholder current) {
        StakeholderContact was = current == null ? null : current.contact();
        JsonInput contact = in.object("contact", "transfer.validation.contact-object");
        boolean keepContact = !in.has("contact");
        JsonInput consent = contact == null ? null : contact.object("consent", "transfer.validation.contact-object");
        return new StakeholderInput(spaceKey,
                in.text("organisation", current == null ? null : current.organisation()),
                in.text("type", current == null ? null : current.type().name()),
                in.text("level", current == null ? null : current.level().name()),
                in.text("country", current == null ? null : current.country()),
                keepContact ? was == null ? null : was.name() : contact == null ? null : contact.text("name"),
                keepContact ? was == null ? null : was.role() : contact == null ? null : contact.text("role"),
                keepContact ? was == null ? null : was.email() : contact == null ? null : contact.text("email"),
                keepContact ? was == null ? null : was.consentBy() : consent == null ? null : consent.text("givenBy"),
                keepContact ? was == null || was.consentDate() == null ? null : was.consentDate().toString()
                        : consent == null ? null : consent.text("date"),
                keepContact ? was == null ? null : was.consentPurpose() : consent == null ? null
                        : consent.text("purpose"),
                in.text("retired", current == null ? null : String.valueOf(current.retired())),
                in.text("version"), in.errors());
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> json.stakeholder((Stakeholder) current));
    }
}
