package eu.goodpractice.transfer.testhost;

import eu.goodpractice.transfer.workbench.host.HostAuthFilter;
import eu.goodpractice.transfer.workbench.host.RestAccessFeature;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import eu.goodpractice.transfer.workbench.host.XsrfCheckFeature;

import jakarta.servlet.DispatcherType;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The app's REST resources on a Jakarta REST (Jersey 3) server under {@code /confluence/rest/practice-transfer/1.0},
 * on a free loopback port, with Basic authentication and the REST v2 access annotations enforced.
 */
public final class RestServer implements AutoCloseable {
    public static final String CONTEXT = "/confluence";
    public static final String REST_PATH = "/rest/practice-transfer/1.0";

    private final Server server;

    public RestServer(StandInConfluence confluence, Object... resources) throws Exception {
        ResourceConfig config = new ResourceConfig();
        for (Object resource : resources) {
            config.register(resource);
        }
        config.register(new RestAccessFeature(() -> confluence.getRemoteUserKey() != null));
        config.register(new XsrfCheckFeature());
        ServletContextHandler context = new ServletContextHandler(CONTEXT);
        context.addFilter(new FilterHolder(new HostAuthFilter(confluence)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ServletContainer(config)), REST_PATH + "/*");
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(context);
        server.start();
    }

    /** e.g. http://127.0.0.1:41234/confluence/rest/practice-transfer/1.0 */
    public String restBase() {
        int port = ((NetworkConnector) server.getConnectors()[0]).getLocalPort();
        return "http://127.0.0.1:" + port + CONTEXT + REST_PATH;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
