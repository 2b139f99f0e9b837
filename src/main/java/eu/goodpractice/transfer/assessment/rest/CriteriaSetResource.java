package eu.goodpractice.transfer.assessment.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.CriteriaSetInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.CriterionInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.DimensionInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.RulesInput;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.CriteriaSetService;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Criteria sets, with dimension names, questions and the scale levels' texts in the reader's language:
 * <ul>
 *   <li>{@code GET /criteria-sets}: the shipped set, then the copies of the spaces the user may view
 *       ({@code {"sets": [...]}});</li>
 *   <li>{@code GET /criteria-sets?space=KEY}: the set the space assesses with, its copy or the shipped set;</li>
 *   <li>{@code POST /criteria-sets?space=KEY}: makes the space's own copy of the shipped set (201);</li>
 *   <li>{@code PUT /criteria-sets?space=KEY}: changes the copy, sending the version read and what changes:
 *       {@code dimensions [{key, weight}]}, {@code criteria [{key, dimension, weight, retired, customQuestion}]}
 *       (a criterion left out is retired) and {@code rules {readyFrom, adaptationFrom, groundworkFrom,
 *       minimumCoverage, divergence}}; a part left out stays as it is.</li>
 * </ul>
 * Status rules, on top of the REST access annotation: bad input -> 400 with a message per field; no view permission
 * (reading) or not an administrator of the space (changing) -> 403; a stale version, or a copy that exists already
 * -> 409 with the current set.
 */
@Path("/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaSetResource {
    private final CriteriaSetService service;
    private final AssessmentService assessments;
    private final AssessmentJson json;
    private final Responses responses;

    @Inject
    public CriteriaSetResource(CriteriaSetService service, AssessmentService assessments, AssessmentJson json,
                               Responses responses) {
        this.service = service;
        this.assessments = assessments;
        this.json = json;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response read(@QueryParam("space") String space) {
        return run(() -> {
            if (space == null) {
                JsonArray sets = Json.array();
                service.list().forEach(set -> sets.add(json.criteriaSet(set)));
                return Responses.ok(Json.object().add("sets", sets));
            }
            return Responses.ok(json.criteriaSet(service.read(space)));
        });
    }

    @POST
    @LicensedOnly
    public Response create(@QueryParam("space") String space) {
        return run(() -> {
            CriteriaSet set = service.create(space);
            assessments.refreshSummaries(set.spaceKey());
            return Responses.created("criteria-sets?space=" + URLEncoder.encode(set.spaceKey(),
                    StandardCharsets.UTF_8), json.criteriaSet(set));
        });
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@QueryParam("space") String space, String body) {
        return run(() -> {
            JsonInput in = JsonInput.parse(body);
            String version = in.text("version");
            List<DimensionInput> dimensions = !in.has("dimensions") ? null
                    : in.objects("dimensions", "transfer.validation.dimensions").stream()
                    .map(d -> new DimensionInput(d.text("key"), d.text("weight"))).toList();
            List<CriterionInput> criteria = !in.has("criteria") ? null
                    : in.objects("criteria", "transfer.validation.criteria").stream()
                    .map(c -> new CriterionInput(c.text("key"), c.text("dimension"), c.text("weight"),
                            c.flag("retired", false), c.text("customQuestion"))).toList();
            JsonInput r = in.object("rules", "transfer.validation.rules");
            RulesInput rules = r == null ? null : new RulesInput(r.text("readyFrom"), r.text("adaptationFrom"),
                    r.text("groundworkFrom"), r.text("minimumCoverage"), r.text("divergence"));
            in.errors().throwIfAny();
            CriteriaSet set = service.update(space, new CriteriaSetInput(dimensions, criteria, rules), version);
            // weights and thresholds decide scores and bands: the stored results of the space follow at once
            assessments.refreshSummaries(set.spaceKey());
            return Responses.ok(json.criteriaSet(set));
        });
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> current instanceof CriteriaSet set ? json.criteriaSet(set)
                : JsonValue.class.cast(Json.NULL));
    }
}
