package eu.goodpractice.transfer.actionplan.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.PlanInput;
import eu.goodpractice.transfer.actionplan.PlanSummary;
import eu.goodpractice.transfer.actionplan.macro.ActionPlanRenderer;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Paging;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.List;
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

/**
 * Action plans: {@code /plans}. Status rules, on top of the REST access annotation:
 * <ul>
 *   <li>malformed JSON or invalid fields -> 400, with a message per field</li>
 *   <li>unknown plan id -> 404</li>
 *   <li>no view permission in the plan's space (reading) or no edit permission (writing) -> 403</li>
 *   <li>version sent is not the stored one -> 409, with the current plan</li>
 * </ul>
 */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final ActionPlanService service;
    private final ActionPlanJson json;
    private final Responses responses;
    private final ActionPlanRenderer renderer;
    private final UserDirectory users;

    @Inject
    public PlanResource(ActionPlanService service, ActionPlanJson json, Responses responses,
                        ActionPlanRenderer renderer, UserDirectory users) {
        this.service = service;
        this.json = json;
        this.responses = responses;
        this.renderer = renderer;
        this.users = users;
    }

    /** The plans of a space, ordered by institution, with their progress. */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("spaceKey") String spaceKey, @QueryParam("start") String start,
                         @QueryParam("limit") String limit) {
        return run(() -> {
            Page<PlanSummary> page = service.plansInSpace(Paging.required("spaceKey", spaceKey),
                    Paging.request(start, limit));
            return Responses.ok(Paging.json(page, json.plans(page.items())));
        });
    }

    @GET
    @Path("{planId: \\d+}")
    @AnonymousSiteAccess
    public Response read(@PathParam("planId") int planId) {
        return run(() -> {
            ActionPlan plan = service.plan(planId);
            return Responses.ok(json.plan(plan, service.progress(plan)));
        });
    }

    /** The plan as the {@code action-plan} macro shows it, so the page script can refresh it after a change. */
    @GET
    @Path("{planId: \\d+}/view")
    @Produces(MediaType.TEXT_HTML)
    @AnonymousSiteAccess
    public Response view(@PathParam("planId") int planId) {
        return run(() -> Response.ok(renderer.render(service.plan(planId), true), "text/html;charset=utf-8").build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(String body) {
        return run(() -> {
            ActionPlan plan = service.createPlan(input(body));
            return Responses.created("plans/" + plan.id(), json.plan(plan, service.progress(plan)));
        });
    }

    @PUT
    @Path("{planId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("planId") int planId, String body) {
        return run(() -> {
            ActionPlan current = service.plan(planId);
            JsonInput in = JsonInput.parse(body);
            String responsible = current.responsibleKey() == null ? null
                    : users.byKeys(List.of(current.responsibleKey())).values().stream().map(Person::username)
                    .findFirst().orElse(null);
            // fields the body leaves out keep their current value
            ActionPlan plan = service.updatePlan(planId, new PlanInput(current.spaceKey(),
                    in.text("institution", current.institution()), in.text("country", current.country()),
                    in.text("responsible", responsible), in.text("version"), in.errors()));
            return Responses.ok(json.plan(plan, service.progress(plan)));
        });
    }

    /** Deletes the plan with all its steps; {@code version} must be the one the user saw. */
    @DELETE
    @Path("{planId: \\d+}")
    @LicensedOnly
    // takes no body; naming JSON refuses the form and text bodies a page on another site could forge (415)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("planId") int planId, @QueryParam("version") String version) {
        return run(() -> {
            service.deletePlan(planId, version);
            return Response.noContent().build();
        });
    }

    private static PlanInput input(String body) {
        JsonInput in = JsonInput.parse(body);
        return new PlanInput(in.text("spaceKey"), in.text("institution"), in.text("country"),
                in.text("responsible"), in.text("version"), in.errors());
    }

    private Response run(java.util.function.Supplier<Response> call) {
        return responses.run(call, current -> json.plan((ActionPlan) current, service.progress((ActionPlan) current)));
    }
}
