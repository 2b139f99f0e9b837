package eu.goodpractice.transfer.actionplan.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.StepInput;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Paging;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
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
 * Steps of a plan: {@code /plans/{planId}/steps}. Status rules, on top of the REST access annotation:
 * <ul>
 *   <li>malformed JSON or invalid fields -> 400, with a message per field; an update changes only the fields
 *       its body names</li>
 *   <li>unknown plan or step, or a step of another plan -> 404</li>
 *   <li>no view permission in the plan's space (reading) or no edit permission (writing) -> 403</li>
 *   <li>version sent is not the stored one, or a reorder that does not name exactly the plan's steps -> 409,
 *       with the current state</li>
 * </ul>
 */
@Path("/plans/{planId: \\d+}/steps")
@Produces(MediaType.APPLICATION_JSON)
public class StepResource {
    private final ActionPlanService service;
    private final ActionPlanJson json;
    private final Responses responses;
    private final UserDirectory users;

    @Inject
    public StepResource(ActionPlanService service, ActionPlanJson json, Responses responses, UserDirectory users) {
        this.service = service;
        this.json = json;
        this.responses = responses;
        this.users = users;
    }

    @GET
    @AnonymousSiteAccess
    public Response list(@PathParam("planId") int planId, @QueryParam("start") String start,
                         @QueryParam("limit") String limit) {
        return run(() -> {
            Page<ActionStep> page = service.steps(planId, Paging.request(start, limit));
            return Responses.ok(Paging.json(page, json.steps(page.items(), service.today())));
        });
    }

    @GET
    @Path("{stepId: \\d+}")
    @AnonymousSiteAccess
    public Response read(@PathParam("planId") int planId, @PathParam("stepId") int stepId) {
        return run(() -> Responses.ok(json.step(service.step(planId, stepId), service.today())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(@PathParam("planId") int planId, String body) {
        return run(() -> {
            ActionStep step = service.createStep(planId, input(body));
            return Responses.created("plans/" + planId + "/steps/" + step.id(), json.step(step, service.today()));
        });
    }

    @PUT
    @Path("{stepId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("planId") int planId, @PathParam("stepId") int stepId, String body) {
        return run(() -> {
            ActionStep current = service.step(planId, stepId);
            return Responses.ok(json.step(service.updateStep(planId, stepId, changes(body, current)), service.today()));
        });
    }

    @DELETE
    @Path("{stepId: \\d+}")
    @LicensedOnly
    // takes no body; naming JSON refuses the form and text bodies a page on another site could forge (415)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response delete(@PathParam("planId") int planId, @PathParam("stepId") int stepId,
                           @QueryParam("version") String version) {
        return run(() -> {
            service.deleteStep(planId, stepId, version);
            return Response.noContent().build();
        });
    }

    /** Puts the steps in the order of {@code {"stepIds": [..]}}, which must name every step of the plan once. */
    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response reorder(@PathParam("planId") int planId, String body) {
        return run(() -> {
            JsonInput in = JsonInput.parse(body);
            List<Integer> stepIds = in.ids("stepIds");
            in.errors().throwIfAny();
            return Responses.ok(json.stepList(service.reorder(planId, stepIds), service.today()));
        });
    }

    private static StepInput input(String body) {
        JsonInput in = JsonInput.parse(body);
        return new StepInput(in.text("title"), in.text("description"), in.text("owner"), in.text("dueDate"),
                in.text("status"), in.text("priority"), in.text("practicePageId"), in.text("criterion"),
                in.texts("stakeholders"),
                in.text("anchoring"), in.text("version"), in.errors());
    }

    /** The step as the body changes it: fields the body leaves out keep their current value. */
    private StepInput changes(String body, ActionStep current) {
        JsonInput in = JsonInput.parse(body);
        String owner = current.ownerKey() == null ? null
                : users.byKeys(List.of(current.ownerKey())).values().stream().map(Person::username).findFirst()
                .orElse(null);
        return new StepInput(in.text("title", current.title()), in.text("description", current.description()),
                in.text("owner", owner), in.text("dueDate", current.dueDate() == null ? null : current.dueDate().toString()),
                in.text("status", current.status().name()), in.text("priority", current.priority().name()),
                in.text("practicePageId", current.practicePageId() == null ? null : current.practicePageId().toString()),
                in.text("criterion", current.criterion()),
                in.texts("stakeholders", current.stakeholders()),
                in.text("anchoring", current.anchoring() == null ? null : current.anchoring().name()),
                in.text("version"), in.errors());
    }

    @SuppressWarnings("unchecked")
    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> current instanceof List
                ? json.stepList((List<ActionStep>) current, service.today())
                : json.step((ActionStep) current, service.today()));
    }
}
