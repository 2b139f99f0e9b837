package eu.goodpractice.transfer.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.ValidationException;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResponsesTest {
    /** Messages that show their key and arguments, so the test sees what was asked for. */
    private final Messages messages = new Messages() {
        @Override
        public String text(String key, Serializable... arguments) {
            return key + Arrays.toString(arguments);
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }
    };
    private final Responses responses = new Responses(messages);

    @Test
    void anUnexpectedFailureIsA500WithAMessageAndNoStackTrace() {
        Response response = responses.run(() -> {
            throw new IllegalStateException("database on fire at com.example.Secret");
        }, current -> Json.NULL);

        assertThat(response.getStatus()).isEqualTo(500);
        String body = (String) response.getEntity();
        assertThat(body).contains("transfer.error.unexpected").doesNotContain("Secret").doesNotContain("Exception");
    }

    @Test
    void fieldProblemsBecomeOneMessagePerField() {
        Response response = responses.run(() -> {
            throw new ValidationException(FieldErrors.of("title", "transfer.validation.required")
                    .add("dueDate", "transfer.validation.date", "tomorrow"));
        }, current -> Json.NULL);

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject errors = Json.parse((String) response.getEntity()).asObject().get("errors").asObject();
        assertThat(errors.getString("title", null)).isEqualTo("transfer.validation.required[]");
        assertThat(errors.getString("dueDate", null)).isEqualTo("transfer.validation.date[tomorrow]");
    }
}
