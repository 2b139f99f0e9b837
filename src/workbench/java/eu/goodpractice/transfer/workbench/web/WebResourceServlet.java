package eu.goodpractice.transfer.workbench.web;

import eu.goodpractice.transfer.workbench.PluginDescriptor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * {@code /download/resources/<plugin key>:<web-resource key>/<name>}: the files of the descriptor's web resources,
 * the URL form Confluence uses; nothing the descriptor does not declare is served.
 */
public final class WebResourceServlet extends HttpServlet {
    public static final String PATH = "/download/resources";

    private final transient PluginDescriptor descriptor;

    public WebResourceServlet(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** The URLs of a web resource's files, as the page's {@code <link>} and {@code <script>} tags use them. */
    public static java.util.List<String> urls(String contextPath, PluginDescriptor descriptor, String completeKey) {
        String moduleKey = completeKey.substring(completeKey.indexOf(':') + 1);
        PluginDescriptor.WebResource resource = descriptor.webResources().get(moduleKey);
        if (resource == null) {
            return java.util.List.of();
        }
        return resource.locationsByName().keySet().stream()
                .map(name -> contextPath + PATH + "/" + completeKey + "/" + name).toList();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        int colon = path.indexOf(':');
        if (slash < 0 || colon < 0 || colon > slash || !path.substring(0, colon).equals(descriptor.pluginKey())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PluginDescriptor.WebResource resource = descriptor.webResources().get(path.substring(colon + 1, slash));
        Map<String, String> files = resource == null ? Map.of() : resource.locationsByName();
        String location = files.get(path.substring(slash + 1));
        if (location == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(location.endsWith(".css") ? "text/css;charset=utf-8"
                    : location.endsWith(".js") ? "text/javascript;charset=utf-8" : "application/octet-stream");
            in.transferTo(response.getOutputStream());
        }
    }
}
