package eu.goodpractice.transfer.workbench.host;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.function.BooleanSupplier;

/**
 * The REST v2 access annotations as Confluence 10 enforces them: {@code @AnonymousSiteAccess} lets anyone through
 * (the app then checks space permissions), {@code @LicensedOnly} and no annotation at all (Platform 7's secure
 * default) need a logged-in user, else 401.
 */
public class RestAccessFeature implements DynamicFeature {
    private final BooleanSupplier loggedIn;

    public RestAccessFeature(BooleanSupplier loggedIn) {
        this.loggedIn = loggedIn;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        boolean anonymousAllowed = method.isAnnotationPresent(AnonymousSiteAccess.class)
                || (!method.isAnnotationPresent(LicensedOnly.class) && type.isAnnotationPresent(AnonymousSiteAccess.class));
        if (!anonymousAllowed) {
            context.register((ContainerRequestFilter) request -> {
                if (!loggedIn.getAsBoolean()) {
                    request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                            .header("WWW-Authenticate", "Basic realm=\"Confluence\"")
                            .entity("{\"status\":401,\"message\":\"Client must be authenticated to access this resource.\"}")
                            .type(MediaType.APPLICATION_JSON).build());
                }
            });
        }
    }
}
