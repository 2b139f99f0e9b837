package eu.goodpractice.transfer.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One simulated person: logs in through the login form as a browser does, keeps the session cookie, and sends
 * every request with it. Each request is timed and judged: the expected status (and for pages, no macro error box)
 * is fine; a 409 where a version clash is deliberate is counted apart; anything else — another status, a timeout,
 * a refused connection — is an error.
 */
final class LoadClient {
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** Confluence's error box around a macro that failed; a page showing it is an error for its reader. */
    private static final String MACRO_ERROR = "aui-message aui-message-error";

    private final String baseUrl;
    private final String user;
    private final HttpClient http;
    private final Supplier<LoadStats> stats;

    /** A reply as expected; the calls below return null instead after an error or a clash. */
    record Reply(int status, String body) {
        com.eclipsesource.json.JsonObject json() {
            return com.eclipsesource.json.Json.parse(body).asObject();
        }

        int intField(String name) {
            return json().getInt(name, -1);
        }
    }

    LoadClient(String baseUrl, String user, Supplier<LoadStats> stats) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.stats = stats;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String user() {
        return user;
    }

    /** Logs in through the form; Confluence answers a successful login with a redirect and a fresh session. */
    boolean logIn() {
        String form = "os_username=" + encode(user) + "&os_password=" + encode(user) + "&os_destination=";
        HttpRequest request = request("/login.action").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        return send("login", request, Set.of(302, 303), false, false) != null;
    }

    /** A page as its reader sees it: 200 without a macro error. */
    Reply page(String kind, long pageId) {
        return send(kind, request("/pages/viewpage.action?pageId=" + pageId).GET().build(), Set.of(200), false, true);
    }

    Reply get(String kind, String path) {
        return send(kind, request(path).GET().build(), Set.of(200), false, false);
    }

    Reply post(String kind, String path, String json) {
        return send(kind, json(path).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                Set.of(201), false, false);
    }

    /** An update; with {@code clashExpected}, a 409 (someone saved first) is counted as a clash, not an error. */
    Reply put(String kind, String path, String json, boolean clashExpected) {
        return send(kind, json(path).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                Set.of(200), clashExpected, false);
    }

    Reply delete(String kind, String path) {
        return send(kind, json(path).DELETE().build(), Set.of(204), false, false);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
    }

    private HttpRequest.Builder json(String path) {
        // the page scripts send JSON too; a JSON body is what passes Confluence's XSRF check without a token
        return request(path).header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private Reply send(String kind, HttpRequest request, Set<Integer> expected, boolean clashExpected,
                       boolean page) {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            stats.get().error(kind, System.nanoTime() - start, "timed out after " + REQUEST_TIMEOUT.toSeconds()
                    + " s: " + request.method() + " " + request.uri().getPath());
            return null;
        } catch (IOException e) {
            stats.get().error(kind, System.nanoTime() - start, e.getClass().getSimpleName() + " " + e.getMessage()
                    + ": " + request.method() + " " + request.uri().getPath());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        long nanos = System.nanoTime() - start;
        int status = response.statusCode();
        if (clashExpected && status == 409) {
            stats.get().conflict(kind, nanos);
            return null;
        }
        int macroError = page ? response.body().indexOf(MACRO_ERROR) : -1;
        if (!expected.contains(status) || macroError >= 0) {
            String body = macroError >= 0 ? response.body().substring(macroError) : response.body();
            stats.get().error(kind, nanos, status + " as " + user + " for " + request.method() + " "
                    + request.uri().getPath() + (request.uri().getQuery() == null ? "" : "?" + request.uri().getQuery())
                    + ": " + abbreviate(body));
            return null;
        }
        stats.get().ok(kind, nanos);
        return new Reply(status, response.body());
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
