package eu.goodpractice.transfer.portability.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.portability.SpaceData;
import eu.goodpractice.transfer.portability.SpaceDataService;
import eu.goodpractice.transfer.rest.ExportDownload;
import eu.goodpractice.transfer.rest.Responses;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * A space's app data as a file and back: {@code GET /spaces/{spaceKey}/data-export} downloads it,
 * {@code POST /spaces/{spaceKey}/data-import?dryRun=true|false} reads one into the space. Space administrators
 * only (403); a file of another format or version, or a malformed one, is a 400 per field; an import that names
 * pages the space lacks is a 400 at {@code pages} and writes nothing (a dry run lists them instead).
 */
@Path("/spaces/{spaceKey}")
@Produces(MediaType.APPLICATION_JSON)
public class SpaceDataResource {
    private final SpaceDataService service;
    private final SpaceDataJson json;
    private final Responses responses;
    private final Clock clock;

    @Inject
    public SpaceDataResource(SpaceDataService service, SpaceDataJson json, Responses responses, Clock clock) {
        this.service = service;
        this.json = json;
        this.responses = responses;
        this.clock = clock;
    }

    /** The file, built before the first byte is sent, so a refusal still answers JSON. */
    @GET
    @Path("/data-export")
    @LicensedOnly
    public Response export(@PathParam("spaceKey") String spaceKey) {
        return responses.run(() -> {
            JsonObject document = json.document(service.export(spaceKey), clock.instant());
            StreamingOutput body = out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                document.writeTo(writer);
                writer.flush();
            };
            return Response.ok(body, MediaType.APPLICATION_JSON + ";charset=utf-8")
                    .header("Content-Disposition", ExportDownload.contentDisposition(spaceKey + "-app-data.json"))
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .build();
        }, current -> Json.NULL);
    }

    /** {@code dryRun} (default false) only reports what an import would create, update, leave and miss. */
    @POST
    @Path("/data-import")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response importFile(@PathParam("spaceKey") String spaceKey, @QueryParam("dryRun") String dryRun,
                               String body) {
        return responses.run(() -> {
            boolean onlyTry = flag(dryRun);
            service.requireTransfer(spaceKey);
            SpaceData data = json.read(body);
            return Responses.ok(json.report(service.importInto(spaceKey, data, onlyTry)));
        }, current -> Json.NULL);
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ValidationException(FieldErrors.of("dryRun", "transfer.validation.choice", value));
    }
}
