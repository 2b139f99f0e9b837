package eu.goodpractice.transfer.assessment.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import eu.goodpractice.transfer.actionplan.PlanScope;
import eu.goodpractice.transfer.assessment.export.RatingExport;
import eu.goodpractice.transfer.export.ExportFormat;
import eu.goodpractice.transfer.export.ExportTable;
import eu.goodpractice.transfer.export.TableExporter;
import eu.goodpractice.transfer.rest.ExportDownload;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.FieldErrors;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * {@code GET /exports/ratings.csv} and {@code /exports/ratings.xlsx}: every current rating of the practices the
 * reader may view in the spaces named ({@code spaces}: comma list or "all", the default) or of one {@code practice}
 * (page id), optionally for one target {@code country}. Bad parameters answer 400 with a message per parameter; a
 * practice the reader may not view 403, one that does not exist 404.
 */
@Path("/exports/ratings.{format: csv|xlsx}")
public class RatingExportResource {
    private final RatingExport ratings;
    private final TableExporter exporter;
    private final Responses responses;

    @Inject
    public RatingExportResource(RatingExport ratings, TableExporter exporter, Responses responses) {
        this.ratings = ratings;
        this.exporter = exporter;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response ratings(@PathParam("format") String format, @QueryParam("spaces") String spaces,
                            @QueryParam("practice") String practice, @QueryParam("country") String country) {
        return responses.run(() -> {
            FieldErrors errors = new FieldErrors();
            PlanScope scope = PlanScope.parse(spaces, country, null, errors);
            Long pageId = null;
            if (practice != null && !practice.isBlank()) {
                try {
                    pageId = Long.parseLong(practice.strip());
                } catch (NumberFormatException e) {
                    errors.add("practice", "transfer.validation.number", practice.strip());
                }
            }
            errors.throwIfAny();
            Set<String> spaceKeys = scope.allSpaces() ? null : Set.copyOf(scope.spaceKeys());
            ExportTable<RatingExport.Row> table = ratings.table(spaceKeys, pageId, scope.country());
            return ExportDownload.of(table, ExportFormat.byExtension(format).orElseThrow(), exporter);
        }, current -> null);
    }
}
