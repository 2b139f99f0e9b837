package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/** Links into the host: the context path, the app's REST base, and page URLs made absolute to the context. */
public class HostLinks {
    public static final String REST_PATH = "/rest/practice-transfer/1.0";

    private final ApplicationProperties applicationProperties;

    public HostLinks(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    /** The context path, e.g. "/confluence", or "" at the root. */
    public String contextPath() {
        String base = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
        if (base == null) {
            return "";
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String restBase() {
        return contextPath() + REST_PATH;
    }

    /** A context-relative path as a full URL under Confluence's canonical base URL, for links in mail. */
    public String absolute(String contextRelativePath) {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        if (base == null) {
            return contextRelativePath;
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + contextRelativePath;
    }

    /** A context-relative path made usable as a link from any page. */
    public String link(String contextRelativePath) {
        return contextPath() + contextRelativePath;
    }
}
