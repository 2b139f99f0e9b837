package eu.goodpractice.transfer.workbench.host;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The XSRF check of Confluence's REST module, as its {@code XsrfResourceFilter} does it (atlassian-rest, read in its
 * decompiled source: {@code passesAllXsrfChecks}), on every resource method that changes state:
 * <ul>
 *   <li>From a browser (a known browser's User-Agent), a POST must come from the same origin (its {@code Origin}
 *       or {@code Referer}) or from an origin the CORS settings allow (the stand-in allows none): else 403. PUT and
 *       DELETE from a browser are let through here (Confluence only logs them): a browser cannot send them
 *       cross-origin without a CORS preflight, which is refused.</li>
 *   <li>A POST whose body is form-encoded, multipart or text/plain, or has no content type, needs the header
 *       {@code X-Atlassian-Token: no-check} (or the deprecated {@code nocheck}): else 403. Those are the bodies a
 *       page on another site can send without a preflight; JSON always needs one.</li>
 * </ul>
 * A refused request gets 403 with "XSRF check failed" and never reaches the resource. The stand-in has no CORS
 * allowlist, so it answers no preflight with {@code Access-Control-Allow-Origin}, as Confluence does by default.
 */
public class XsrfCheckFeature implements DynamicFeature {
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String FAILURE = "XSRF check failed";
    private static final Set<String> XSRFABLE_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);
    /** What Atlassian's UserAgentUtil recognises as browser families; anything else counts as a script or tool. */
    private static final List<String> BROWSER_MARKS = List.of("chrome", "firefox", "safari", "msie", "trident",
            "opera", "edg", "gecko");

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class)) {
            context.register((ContainerRequestFilter) XsrfCheckFeature::check);
        }
    }

    private static void check(ContainerRequestContext request) {
        if (!passes(request)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN)
                    .entity(FAILURE).build());
        }
    }

    private static boolean passes(ContainerRequestContext request) {
        boolean post = "POST".equals(request.getMethod());
        if (fromBrowser(request)) {
            if (!post) {
                return true; // Confluence logs "XSRF failure not being enforced" and lets PUT and DELETE through
            }
            if (!sameOrigin(request.getHeaderString("Origin"), request)
                    && !sameOrigin(request.getHeaderString("Referer"), request)) {
                return false;
            }
        }
        MediaType type = request.getMediaType();
        boolean xsrfable = type == null || XSRFABLE_TYPES.contains(
                type.getType().toLowerCase(Locale.ENGLISH) + "/" + type.getSubtype().toLowerCase(Locale.ENGLISH));
        return !xsrfable || hasToken(request) || !post;
    }

    private static boolean hasToken(ContainerRequestContext request) {
        String token = request.getHeaderString(TOKEN_HEADER);
        return token != null && (token.equals("no-check") || token.toLowerCase(Locale.ENGLISH).equals("nocheck"));
    }

    private static boolean fromBrowser(ContainerRequestContext request) {
        String agent = request.getHeaderString("User-Agent");
        if (agent == null) {
            return false;
        }
        String lower = agent.toLowerCase(Locale.ENGLISH);
        return BROWSER_MARKS.stream().anyMatch(lower::contains);
    }

    private static boolean sameOrigin(String header, ContainerRequestContext request) {
        if (header == null || header.isBlank() || "null".equals(header)) {
            return false;
        }
        try {
            URI from = URI.create(header);
            URI to = request.getUriInfo().getRequestUri();
            return from.getScheme() != null && from.getScheme().equalsIgnoreCase(to.getScheme())
                    && from.getHost() != null && from.getHost().equalsIgnoreCase(to.getHost())
                    && port(from) == port(to);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
