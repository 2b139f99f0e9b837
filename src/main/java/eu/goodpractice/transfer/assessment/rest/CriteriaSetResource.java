package eu.goodpractice.transfer.assessment.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.rest.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The criteria set a space assesses with: {@code /criteria-sets?space=KEY}, with dimension names, questions and the
 * scale levels' texts in the reader's language. Status rules, on top of the REST access annotation: no space
 * given -> 400; no view permission in the space (or no such space) -> 403.
 */
@Path("/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaSetResource {
    private final AssessmentService service;
    private final AssessmentJson json;
    private final Responses responses;

    @Inject
    public CriteriaSetResource(AssessmentService service, AssessmentJson json, Responses responses) {
        this.service = service;
        this.json = json;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response read(@QueryParam("space") String space) {
        return responses.run(() -> Responses.ok(json.criteriaSet(service.criteriaSet(space))), current -> null);
    }
}
