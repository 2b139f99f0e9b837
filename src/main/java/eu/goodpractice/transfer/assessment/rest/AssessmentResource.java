package eu.goodpractice.transfer.assessment.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.assessment.CountryAssessment;
import eu.goodpractice.transfer.assessment.RatingInput;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Transferability assessments of a practice per target country: {@code /practices/{pageId}/assessments}, with the
 * country as its ISO code ("EL" and "UK" are read as GR and GB). Status rules, on top of the REST access annotation:
 * <ul>
 *   <li>malformed JSON, an invalid country code, a missing version, or invalid ratings -> 400, with a message per
 *       field ({@code ratings[i].criterion}, {@code ratings[i].value}, {@code ratings[i].rationale},
 *       {@code ratings[i].evidenceUrl}), every problem at once</li>
 *   <li>a page that holds no practice (or is in the trash) -> 404</li>
 *   <li>no view permission on the practice's page (reading), no edit permission in its space (rating) -> 403</li>
 *   <li>version sent is not the stored one: someone rated meanwhile -> 409, with the current assessment</li>
 * </ul>
 * A rating batch is the current user's whole set of ratings for the practice and country: criteria left out are
 * removed, other assessors' ratings stay as they are.
 */
@Path("/practices/{pageId: \\d+}/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {
    static final String CSV_UTF8 = "text/csv;charset=utf-8";

    private final AssessmentService service;
    private final AssessmentJson json;
    private final Responses responses;

    @Inject
    public AssessmentResource(AssessmentService service, AssessmentJson json, Responses responses) {
        this.service = service;
        this.json = json;
        this.responses = responses;
    }

    /** The results of every assessed country, in code order, without the single ratings. */
    @GET
    @AnonymousSiteAccess
    public Response list(@PathParam("pageId") long pageId) {
        return run(() -> Responses.ok(json.summaries(service.assessments(pageId).values())));
    }

    /** One country: the result, every rating with its assessor, and the version to send with the next batch. */
    @GET
    @Path("{country}")
    @AnonymousSiteAccess
    public Response read(@PathParam("pageId") long pageId, @PathParam("country") String country) {
        return run(() -> Responses.ok(json.assessment(service.assessment(pageId, country))));
    }

    /**
     * Replaces the current user's ratings: {@code {"version": 3, "ratings": [{"criterion": "funding-stability",
     * "value": "4", "rationale": "...", "evidenceUrl": "https://..."}]}}. Answers with the new assessment.
     */
    @PUT
    @Path("{country}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response rate(@PathParam("pageId") long pageId, @PathParam("country") String country, String body) {
        return run(() -> {
            JsonInput in = JsonInput.parse(body);
            String version = in.text("version");
            List<RatingInput> ratings = new ArrayList<>();
            for (JsonInput item : in.objects("ratings", "transfer.validation.ratings")) {
                ratings.add(new RatingInput(item.text("criterion"), item.text("value"), item.text("rationale"),
                        item.text("evidenceUrl")));
            }
            in.errors().throwIfAny();
            return Responses.ok(json.assessment(service.rate(pageId, country, ratings, version)));
        });
    }

    /** Every change of a rating for the practice and country, oldest first. */
    @GET
    @Path("{country}/history")
    @AnonymousSiteAccess
    public Response history(@PathParam("pageId") long pageId, @PathParam("country") String country) {
        return run(() -> Responses.ok(json.history(service.history(pageId, country))));
    }

    /** Every rating of the practice and country as CSV for spreadsheets; errors still come as JSON. */
    @GET
    @Path("{country}/ratings.csv")
    @Produces(CSV_UTF8)
    @AnonymousSiteAccess
    public Response csv(@PathParam("pageId") long pageId, @PathParam("country") String country) {
        return run(() -> {
            CountryAssessment assessment = service.assessment(pageId, country);
            String file = "assessment-" + pageId + "-" + assessment.country() + ".csv";
            return Response.ok(json.csv(assessment).getBytes(StandardCharsets.UTF_8), CSV_UTF8)
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
        });
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> json.assessment((CountryAssessment) current));
    }
}
