package eu.goodpractice.transfer.practice.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.eclipsesource.json.Json;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.practice.VocabularyService;
import eu.goodpractice.transfer.rest.JsonInput;
import eu.goodpractice.transfer.rest.Paging;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A space's vocabularies for practices: {@code /vocabularies?space=KEY}, and one of them at
 * {@code /vocabularies/theme} or {@code /vocabularies/target-group}. Status rules, on top of the REST access
 * annotation:
 * <ul>
 *   <li>no {@code space}, an unknown vocabulary, malformed JSON, or terms without a name, too long or twice -> 400,
 *       with a message per field</li>
 *   <li>no view permission in the space (reading), not an administrator of the space (changing) -> 403</li>
 * </ul>
 * A change sends the whole vocabulary as {@code {"terms": [{key, label, retired}, ...]}}: a term without a key is
 * added (its key is made from its label); a shipped term keeps following the translations unless it is given a label
 * of its own, and one left out is retired, never removed, as practices may use it.
 */
@Path("/vocabularies")
@Produces(MediaType.APPLICATION_JSON)
public class VocabularyResource {
    private final VocabularyService service;
    private final PracticeJson json;
    private final Responses responses;

    @Inject
    public VocabularyResource(VocabularyService service, PracticeJson json, Responses responses) {
        this.service = service;
        this.json = json;
        this.responses = responses;
    }

    /** Every vocabulary of the space: {@code {"theme": [...], "targetGroup": [...]}}, retired terms included. */
    @GET
    @AnonymousSiteAccess
    public Response read(@QueryParam("space") String space) {
        return run(() -> {
            String spaceKey = Paging.required("space", space);
            Map<VocabularyKind, List<Term>> terms = new EnumMap<>(VocabularyKind.class);
            for (VocabularyKind kind : VocabularyKind.values()) {
                terms.put(kind, service.read(spaceKey, kind));
            }
            return Responses.ok(json.vocabularies(terms));
        });
    }

    /** Replaces one vocabulary of the space and answers with its new terms: {@code {"terms": [...]}}. */
    @PUT
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response replace(@PathParam("kind") String kindName, @QueryParam("space") String space, String body) {
        return run(() -> {
            FieldErrors errors = new FieldErrors();
            VocabularyKind kind = InputText.choice(errors, "kind", kindName, VocabularyKind.class, null);
            String spaceKey = InputText.trimmed(space).orElse(null);
            if (spaceKey == null) {
                errors.add("space", "transfer.validation.required");
            }
            errors.throwIfAny();
            JsonInput in = JsonInput.parse(body);
            List<Term> terms = new ArrayList<>();
            for (JsonInput term : in.objects("terms", "transfer.validation.terms")) {
                String key = InputText.trimmed(term.text("key")).orElse(null);
                terms.add(new Term(key, ownLabel(kind, key, term.text("label")), term.flag("retired", false)));
            }
            in.errors().throwIfAny();
            return Responses.ok(Json.object().add("terms", json.terms(kind, service.replace(spaceKey, kind, terms))));
        });
    }

    /**
     * The label to keep as the space's own: none for a shipped term sent back with the name it is shown under, so a
     * client that sends back what it read does not freeze today's translation into the space.
     */
    private String ownLabel(VocabularyKind kind, String key, String label) {
        if (label != null && key != null && kind.shippedTerms().contains(key)
                && label.strip().equals(json.label(kind, new Term(key, null, false)))) {
            return null;
        }
        return label;
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> Json.NULL);
    }
}
