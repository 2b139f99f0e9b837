package eu.goodpractice.transfer.report.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import eu.goodpractice.transfer.export.ExportFormat;
import eu.goodpractice.transfer.export.TableExporter;
import eu.goodpractice.transfer.report.PartnershipReport;
import eu.goodpractice.transfer.report.PartnershipReportService;
import eu.goodpractice.transfer.report.ReportRequest;
import eu.goodpractice.transfer.report.export.PartnershipReportExport;
import eu.goodpractice.transfer.rest.ExportDownload;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * {@code GET /reports/partnership?spaces=&partner=&from=&to=&format=json|csv|xlsx}, or the same report at
 * {@code /reports/partnership.json}, {@code .csv} and {@code .xlsx}: every partner's figures for the period (default:
 * this year) over the spaces named ({@code spaces}: comma list or "all", the default). Spaces the reader may not view
 * are left out silently. Bad parameters answer 400 JSON with a message per parameter, before any byte of a file.
 */
@Path("/reports")
public class PartnershipReportResource {
    private final PartnershipReportService service;
    private final PartnershipReportJson json;
    private final PartnershipReportExport export;
    private final TableExporter exporter;
    private final Responses responses;

    @Inject
    public PartnershipReportResource(PartnershipReportService service, PartnershipReportJson json,
                                     PartnershipReportExport export, TableExporter exporter, Responses responses) {
        this.service = service;
        this.json = json;
        this.export = export;
        this.exporter = exporter;
        this.responses = responses;
    }

    @GET
    @Path("partnership")
    @AnonymousSiteAccess
    public Response partnership(@QueryParam("spaces") String spaces, @QueryParam("partner") String partner,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("format") String format) {
        return report(format == null || format.isBlank() ? "json" : format.strip(), spaces, partner, from, to);
    }

    @GET
    @Path("partnership.{format: json|csv|xlsx}")
    @AnonymousSiteAccess
    public Response partnershipFile(@PathParam("format") String format, @QueryParam("spaces") String spaces,
                                    @QueryParam("partner") String partner, @QueryParam("from") String from,
                                    @QueryParam("to") String to) {
        return report(format, spaces, partner, from, to);
    }

    private Response report(String format, String spaces, String partner, String from, String to) {
        return responses.run(() -> {
            String name = format.toLowerCase(Locale.ROOT);
            FieldErrors errors = new FieldErrors();
            if (!name.equals("json") && ExportFormat.byExtension(name).isEmpty()) {
                errors.add("format", "transfer.validation.choice", format);
            }
            ReportRequest request;
            try {
                request = ReportRequest.parse(spaces, partner, from, to, service.today());
            } catch (ValidationException e) {
                errors.addAll(e.errors());
                request = null;
            }
            errors.throwIfAny();
            PartnershipReport report = service.report(request);
            if (name.equals("json")) {
                return Responses.ok(json.report(report));
            }
            return ExportDownload.of(export.table(report), ExportFormat.byExtension(name).orElseThrow(), exporter);
        }, current -> null);
    }
}
