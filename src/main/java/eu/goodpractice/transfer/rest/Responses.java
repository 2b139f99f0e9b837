package eu.goodpractice.transfer.rest;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.shared.ValidationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the outcome of a service call into a JSON response: the app's exceptions become 400, 403, 404 and 409
 * with messages in the user's language; anything unexpected becomes a 500 that is logged, never a stack trace.
 */
public class Responses {
    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);
    static final String JSON_UTF8 = MediaType.APPLICATION_JSON + ";charset=utf-8";

    private final Messages messages;

    public Responses(Messages messages) {
        this.messages = messages;
    }

    /**
     * Runs {@code call} and answers with its JSON; {@code current} renders what a 409 carries as the current state.
     */
    public Response run(Supplier<Response> call, Function<Object, JsonValue> current) {
        try {
            return call.get();
        } catch (ValidationException e) {
            return status(Response.Status.BAD_REQUEST, messages.text("transfer.error.invalid"))
                    .add("errors", fieldMessages(e.errors())).build();
        } catch (NotFoundException e) {
            return status(Response.Status.NOT_FOUND, messages.text(e.messageKey())).build();
        } catch (AccessDeniedException e) {
            return status(Response.Status.FORBIDDEN, messages.text(e.messageKey())).build();
        } catch (StaleVersionException e) {
            return status(Response.Status.CONFLICT, messages.text(e.messageKey()))
                    .add("current", current.apply(e.current())).build();
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure in a Good Practice Transfer REST call", e);
            return status(Response.Status.INTERNAL_SERVER_ERROR, messages.text("transfer.error.unexpected")).build();
        }
    }

    public static Response ok(JsonValue body) {
        return Response.ok(body.toString(), JSON_UTF8).build();
    }

    public static Response created(String location, JsonValue body) {
        return Response.status(Response.Status.CREATED).header("Location", location)
                .entity(body.toString()).type(JSON_UTF8).build();
    }

    private JsonObject fieldMessages(FieldErrors errors) {
        JsonObject byField = Json.object();
        for (Map.Entry<String, FieldErrors.Problem> entry : errors.byField().entrySet()) {
            FieldErrors.Problem problem = entry.getValue();
            byField.add(entry.getKey(), messages.text(problem.messageKey(),
                    problem.arguments().toArray(Serializable[]::new)));
        }
        return byField;
    }

    private static ErrorBody status(Response.Status status, String message) {
        return new ErrorBody(status, message);
    }

    /** An error answer under construction. */
    private static final class ErrorBody {
        private final Response.Status status;
        private final JsonObject body = Json.object();

        ErrorBody(Response.Status status, String message) {
            this.status = status;
            body.add("status", status.getStatusCode()).add("message", message);
        }

        ErrorBody add(String name, JsonValue value) {
            body.add(name, value);
            return this;
        }

        Response build() {
            return Response.status(status).entity(body.toString()).type(JSON_UTF8).build();
        }
    }
}
