package eu.goodpractice.transfer.practice.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeProfile;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeQuery;
import eu.goodpractice.transfer.practice.PracticeRules;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Paging;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The practice registry: {@code /practices}, one practice per page, addressed by the page's id. Status rules, on top
 * of the REST access annotation:
 * <ul>
 *   <li>malformed JSON, invalid fields or query parameters, an unknown transition, a return without a comment, or
 *       a submission of an incomplete profile -> 400, with a message per field</li>
 *   <li>a page that holds no practice (or is in the trash) -> 404</li>
 *   <li>no view permission on the practice's page (reading), no edit permission in its space (editing the profile,
 *       submitting), not a coordinator (every other transition), or no view permission in any space asked for by
 *       the list -> 403</li>
 *   <li>version sent is not the stored one, or a transition the practice's current status does not allow -> 409,
 *       with the current practice</li>
 * </ul>
 * A practice read on its own carries its history and the transitions the reader may make now; the list leaves
 * both out.
 */
@Path("/practices")
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {
    private final PracticeService service;
    private final PracticeJson json;
    private final Responses responses;

    @Inject
    public PracticeResource(PracticeService service, PracticeJson json, Responses responses) {
        this.service = service;
        this.json = json;
        this.responses = responses;
    }

    /**
     * Practices the reader may view, by title. {@code space} may repeat or list keys separated by commas; absent or
     * {@code all} means every space the reader may view. Filters: {@code country}, {@code theme}, {@code status},
     * {@code eqf} (one level), {@code text} (in title, summary, institution and English summary).
     */
    @GET
    @AnonymousSiteAccess
    public Response list(@QueryParam("space") List<String> space, @QueryParam("country") String country,
                         @QueryParam("theme") String theme, @QueryParam("status") String status,
                         @QueryParam("eqf") String eqf, @QueryParam("text") String text,
                         @QueryParam("start") String start, @QueryParam("limit") String limit) {
        return run(() -> {
            FieldErrors errors = new FieldErrors();
            Set<String> spaceKeys = spaceKeys(space);
            PracticeQuery filters = PracticeRules.filters(errors, spaceKeys, country, theme, status, eqf, text);
            PageRequest request = null;
            try {
                request = Paging.request(start, limit);
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
            errors.throwIfAny();
            Page<Practice> page = service.list(spaceKeys, filters, request);
            return Responses.ok(Paging.json(page, json.practices(page.items())));
        });
    }

    @GET
    @Path("{pageId: \\d+}")
    @AnonymousSiteAccess
    public Response read(@PathParam("pageId") long pageId) {
        return run(() -> Responses.ok(full(service.practice(pageId))));
    }

    /** Replaces the profile; the title follows the page and is not changed here. {@code version} is required. */
    @PUT
    @Path("{pageId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response update(@PathParam("pageId") long pageId, String body) {
        return run(() -> Responses.ok(full(service.updateProfile(pageId, changes(body, service.practice(pageId))))));
    }

    /** The practice's status changes, oldest first. */
    @GET
    @Path("{pageId: \\d+}/transitions")
    @AnonymousSiteAccess
    public Response history(@PathParam("pageId") long pageId) {
        return run(() -> Responses.ok(json.history(service.history(pageId))));
    }

    /** Moves the status: {@code {"transition": "SUBMIT" | "validate" | ..., "comment": "..."}}. */
    @POST
    @Path("{pageId: \\d+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response transition(@PathParam("pageId") long pageId, String body) {
        return run(() -> {
            JsonInput in = JsonInput.parse(body);
            String transition = in.text("transition");
            String comment = in.text("comment");
            in.errors().throwIfAny();
            return Responses.ok(full(service.transition(pageId, transition, comment)));
        });
    }

    /** "VET,EU" and repeated parameters become a set of keys; none, or "all" among them, means every space. */
    static Set<String> spaceKeys(List<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String key : value.split(",")) {
                    if (!key.isBlank()) {
                        keys.add(key.strip());
                    }
                }
            }
        }
        return keys.stream().anyMatch(key -> key.toLowerCase(Locale.ROOT).equals("all")) ? Set.of() : keys;
    }

    /** The profile as the body changes it: fields the body leaves out keep their current value. */
    private static PracticeInput changes(String body, Practice current) {
        JsonInput in = JsonInput.parse(body);
        PracticeProfile p = current.profile();
        return new PracticeInput(null, in.text("summary", p.summary()), in.text("institution", p.institution()),
                in.text("country", p.country()), in.text("region", p.region()), in.text("theme", p.theme()),
                in.keys("targetGroups", p.targetGroups()),
                in.keys("eqfLevels", p.eqfLevels().stream().map(String::valueOf).toList()),
                in.text("sector", p.sector()),
                in.text("innovationType", p.innovationType() == null ? null : p.innovationType().name()),
                in.text("startDate", p.startDate() == null ? null : p.startDate().toString()),
                in.text("endDate", p.endDate() == null ? null : p.endDate().toString()),
                in.text("ongoing", String.valueOf(p.ongoing())), in.text("language", p.language()),
                in.text("englishSummary", p.englishSummary()), in.text("version"), in.errors());
    }

    private JsonObject full(Practice practice) {
        return json.practice(practice, service.history(practice.pageId()), service.availableTransitions(practice));
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> full((Practice) current));
    }
}
