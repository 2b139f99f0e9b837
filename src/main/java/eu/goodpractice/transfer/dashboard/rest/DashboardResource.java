package eu.goodpractice.transfer.dashboard.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.eclipsesource.json.Json;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardService;
import eu.goodpractice.transfer.rest.Responses;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The coordinators' dashboards: {@code /dashboard/practices} (rows, counts, total) and {@code /dashboard/matrix}
 * (practices by target country with row and column totals), both with the same filter parameters ({@code label}:
 * one page label or several separated by commas, any of them). Invalid
 * parameters -> 400 with a message per parameter. Spaces the reader may not view are left out silently, so a
 * forbidden or unknown space gives an empty answer, never a 403 that would tell it exists.
 */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private final DashboardService service;
    private final DashboardJson json;
    private final Responses responses;

    @Inject
    public DashboardResource(DashboardService service, DashboardJson json, Responses responses) {
        this.service = service;
        this.json = json;
        this.responses = responses;
    }

    @GET
    @Path("practices")
    @AnonymousSiteAccess
    public Response practices(@QueryParam("spaces") String spaces, @QueryParam("country") String country,
                              @QueryParam("theme") String theme, @QueryParam("status") String status,
                              @QueryParam("label") String label, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                              @QueryParam("start") String start, @QueryParam("limit") String limit) {
        return run(() -> Responses.ok(json.practices(service.practices(
                DashboardFilter.parse(spaces, country, theme, status, label, sort, dir, start, limit)))));
    }

    @GET
    @Path("matrix")
    @AnonymousSiteAccess
    public Response matrix(@QueryParam("spaces") String spaces, @QueryParam("country") String country,
                           @QueryParam("theme") String theme, @QueryParam("status") String status,
                           @QueryParam("label") String label, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
                           @QueryParam("start") String start, @QueryParam("limit") String limit) {
        return run(() -> Responses.ok(json.matrix(service.practices(
                DashboardFilter.parse(spaces, country, theme, status, label, sort, dir, start, limit)))));
    }

    private Response run(Supplier<Response> call) {
        return responses.run(call, current -> Json.NULL);
    }
}
