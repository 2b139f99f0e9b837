package eu.goodpractice.transfer.engagement;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a link over HTTP: HEAD first, GET when the server refuses HEAD, redirects followed by hand (at most a few)
 * so that every hop's host is resolved and checked against the {@link AddressPolicy} before anything is fetched.
 * Short timeouts keep one slow server from holding up a space's check. A body is never read.
 *
 * <p>The host is resolved again by the HTTP client after the policy check; a DNS answer that changes in between
 * (rebinding) is not caught. The check only learns a status code, never content, which keeps that risk small.
 */
public class HttpLinkProbe implements LinkProbe {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    static final int DEFAULT_MAX_REDIRECTS = 5;
    /** The server answered and the address exists, it just will not show the page to a robot: not a dead link. */
    private static final Set<Integer> REFUSED_BUT_ALIVE = Set.of(401, 403, 429);
    private static final String USER_AGENT = "GoodPracticeTransfer-LinkCheck/1.0";

    private final AddressPolicy policy;
    private final Duration timeout;
    private final int maxRedirects;
    private final HttpClient client;

    public HttpLinkProbe(AddressPolicy policy) {
        this(policy, DEFAULT_TIMEOUT, DEFAULT_MAX_REDIRECTS);
    }

    /** For tests: shorter timeouts. Package-private, so Spring sees one public constructor. */
    HttpLinkProbe(AddressPolicy policy, Duration timeout, int maxRedirects) {
        this.policy = policy;
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public LinkCheck check(String link, Instant now) {
        try {
            URI uri = URI.create(link.strip());
            for (int hop = 0; hop <= maxRedirects; hop++) {
                if (!isWebAddress(uri)) {
                    return LinkCheck.dead(null, LinkReason.BAD_REDIRECT, now);
                }
                if (!publicHost(uri.getHost())) {
                    return LinkCheck.notChecked(LinkReason.PRIVATE_ADDRESS, now);
                }
                Answer answer = answer(uri);
                int code = answer.code();
                if (code >= 300 && code < 400) {
                    URI next = redirectTarget(uri, answer.location());
                    if (next == null) {
                        return LinkCheck.dead(code, LinkReason.BAD_REDIRECT, now);
                    }
                    uri = next;
                    continue;
                }
                return code < 400 || REFUSED_BUT_ALIVE.contains(code) ? LinkCheck.ok(code, now)
                        : LinkCheck.dead(code, null, now);
            }
            return LinkCheck.dead(null, LinkReason.TOO_MANY_REDIRECTS, now);
        } catch (UnknownHostException e) {
            return LinkCheck.dead(null, LinkReason.UNKNOWN_HOST, now);
        } catch (HttpTimeoutException e) {
            return LinkCheck.dead(null, LinkReason.TIMEOUT, now);
        } catch (IOException | IllegalArgumentException e) {
            return LinkCheck.dead(null, LinkReason.UNREACHABLE, now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkCheck.notChecked(LinkReason.TIMEOUT, now);
        }
    }

    /** The status of HEAD, or of GET when HEAD is refused (many servers answer HEAD with 405, 404 or 403). */
    private Answer answer(URI uri) throws IOException, InterruptedException {
        HttpResponse<Void> head = client.send(request(uri, "HEAD"), HttpResponse.BodyHandlers.discarding());
        if (head.statusCode() < 400) {
            return new Answer(head.statusCode(), head.headers().firstValue("Location").orElse(null));
        }
        HttpResponse<InputStream> get = client.send(request(uri, "GET"), HttpResponse.BodyHandlers.ofInputStream());
        get.body().close(); // the status is all the check needs
        return new Answer(get.statusCode(), get.headers().firstValue("Location").orElse(null));
    }

    /** A server's answer: its status code and where it redirects to, if anywhere. */
    private record Answer(int code, String location) {
    }

    private HttpRequest request(URI uri, String method) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    private static URI redirectTarget(URI from, String location) {
        if (location == null) {
            return null;
        }
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean publicHost(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (!policy.mayFetch(address)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWebAddress(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }
}
