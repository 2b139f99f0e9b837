package eu.goodpractice.transfer.actionplan.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import eu.goodpractice.transfer.actionplan.PlanScope;
import eu.goodpractice.transfer.actionplan.export.StepExport;
import eu.goodpractice.transfer.actionplan.StepFilter;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.export.ExportFormat;
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
import java.util.Locale;

/**
 * {@code GET /exports/steps.csv} and {@code /exports/steps.xlsx}: every action step of the plans in the spaces
 * named ({@code spaces}: comma list or "all", the default), optionally of one {@code country}, one {@code status}
 * (not-started, in-progress, done, blocked, dropped) and only {@code overdue=true} steps. Steps from spaces the
 * reader may not view are never written. Bad parameters answer 400 JSON with a message per parameter.
 */
@Path("/exports/steps.{format: csv|xlsx}")
public class ActionPlanExportResource {
    private final StepExport steps;
    private final TableExporter exporter;
    private final Responses responses;

    @Inject
    public ActionPlanExportResource(StepExport steps, TableExporter exporter, Responses responses) {
        this.steps = steps;
        this.exporter = exporter;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response steps(@PathParam("format") String format, @QueryParam("spaces") String spaces,
                          @QueryParam("country") String country, @QueryParam("status") String status,
                          @QueryParam("overdue") String overdue) {
        return responses.run(() -> {
            FieldErrors errors = new FieldErrors();
            PlanScope scope = PlanScope.parse(spaces, country, null, errors);
            StepFilter filter = new StepFilter(status(status, errors), overdue(overdue, errors));
            errors.throwIfAny();
            return ExportDownload.of(steps.table(scope, filter), ExportFormat.byExtension(format).orElseThrow(),
                    exporter);
        }, current -> null);
    }

    private static StepStatus status(String status, FieldErrors errors) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return StepStatus.valueOf(status.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add("status", "transfer.validation.choice", status.strip());
            return null;
        }
    }

    private static boolean overdue(String overdue, FieldErrors errors) {
        if (overdue == null || overdue.isBlank() || overdue.strip().equals("false")) {
            return false;
        }
        if (!overdue.strip().equals("true")) {
            errors.add("overdue", "transfer.validation.choice", overdue.strip());
        }
        return true;
    }
}
