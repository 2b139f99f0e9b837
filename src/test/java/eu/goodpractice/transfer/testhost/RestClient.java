package eu.goodpractice.transfer.testhost;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Talks to the REST API over real HTTP as a given user (null: anonymous) and language. */
public final class RestClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String user;
    private final String language;

    public RestClient(String base, String user, String language) {
        this.base = base;
        this.user = user;
        this.language = language;
    }

    public RestClient as(String otherUser) {
        return new RestClient(base, otherUser, language);
    }

    public RestClient in(String otherLanguage) {
        return new RestClient(base, user, otherLanguage);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts the given media type, for answers other than JSON (CSV files). */
    public Reply get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** A GET whose body is kept as bytes with every header, for downloads (CSV, XLSX). */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file: status, bytes, headers. */
    public record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The body as UTF-8 text without its byte order mark. */
        public String textWithoutBom() {
            String text = new String(body, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }

        public JsonObject json() {
            return Json.parse(new String(body, StandardCharsets.UTF_8)).asObject();
        }
    }

    public Reply post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/html")
                .header("Accept-Language", language);
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body, content type, location. */
    public record Reply(int status, String body, String contentType, String location) {
        public JsonObject json() {
            return Json.parse(body).asObject();
        }

        public JsonValue at(String... path) {
            JsonValue value = Json.parse(body);
            for (String name : path) {
                value = value.asObject().get(name);
            }
            return value;
        }

        public String error(String field) {
            return json().get("errors").asObject().getString(field, null);
        }
    }
}
