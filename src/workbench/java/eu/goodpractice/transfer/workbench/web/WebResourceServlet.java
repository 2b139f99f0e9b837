package eu.goodpractice.transfer.workbench.web;

import eu.goodpractice.transfer.workbench.PluginDescriptor;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The URLs of the files a page gets for the web resources it requires (complete keys, in the order required), as
     * its {@code <link>} and {@code <script>} tags use them: the files of each resource's dependencies first, each
     * file once, in the order of {@link PluginDescriptor#webResourcesInOrder}; another plugin's resources are skipped.
     */
    public static List<String> urls(String contextPath, PluginDescriptor descriptor, Collection<String> completeKeys) {
        Set<String> urls = new LinkedHashSet<>();
        for (PluginDescriptor.WebResource resource : descriptor.webResourcesInOrder(completeKeys)) {
            String completeKey = descriptor.pluginKey() + ":" + resource.key();
            resource.locationsByName().keySet()
                    .forEach(name -> urls.add(contextPath + PATH + "/" + completeKey + "/" + name));
        }
        return List.copyOf(urls);
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
