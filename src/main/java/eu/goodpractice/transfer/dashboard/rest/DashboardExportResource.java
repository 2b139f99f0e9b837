package eu.goodpractice.transfer.dashboard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.export.DashboardExport;
import eu.goodpractice.transfer.export.ExportFormat;
import eu.goodpractice.transfer.export.TableExporter;
import eu.goodpractice.transfer.rest.ExportDownload;
import eu.goodpractice.transfer.rest.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /exports/practices.{csv|xlsx}} and {@code /exports/results.{csv|xlsx}}: every practice, or every
 * stored assessment result, that the dashboard shows for the same parameters ({@code spaces}, {@code country},
 * {@code theme}, {@code status}; {@code sort}, {@code dir}, {@code start} and {@code limit} are checked like the
 * dashboard's but do not narrow an export), streamed. Bad parameters answer 400 with a message per parameter;
 * spaces the reader may not view are left out silently, as on the dashboard.
 */
@Path("/exports/{table: practices|results}.{format: csv|xlsx}")
public class DashboardExportResource {
    private final DashboardExport exports;
    private final TableExporter exporter;
    private final Responses responses;

    @Inject
    public DashboardExportResource(DashboardExport exports, TableExporter exporter, Responses responses) {
        this.exports = exports;
        this.exporter = exporter;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response export(@PathParam("table") String table, @PathParam("format") String format,
                           @QueryParam("spaces") String spaces, @QueryParam("country") String country,
                           @QueryParam("theme") String theme, @QueryParam("status") String status,
                           @QueryParam("label") String label, @QueryParam("sort") String sort, @QueryParam("dir") String dir) {
        return responses.run(() -> {
            DashboardFilter filter = DashboardFilter.parse(spaces, country, theme, status, label, sort, dir, null, null);
            ExportFormat as = ExportFormat.byExtension(format).orElseThrow();
            return table.equals("results") ? ExportDownload.of(exports.results(filter), as, exporter)
                    : ExportDownload.of(exports.practices(filter), as, exporter);
        }, current -> null);
    }
}
