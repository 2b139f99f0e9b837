package eu.goodpractice.transfer.workbench;

import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.assessment.AssessmentService;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.workbench.host.HostAuthFilter;
import eu.goodpractice.transfer.workbench.host.RestAccessFeature;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import eu.goodpractice.transfer.workbench.host.XsrfCheckFeature;
import eu.goodpractice.transfer.workbench.blueprint.BlueprintPages;
import eu.goodpractice.transfer.workbench.web.CreateServlet;
import eu.goodpractice.transfer.workbench.web.DashboardServlet;
import eu.goodpractice.transfer.workbench.web.LoginServlet;
import eu.goodpractice.transfer.workbench.web.OutboxServlet;
import eu.goodpractice.transfer.workbench.host.StandInMailServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import eu.goodpractice.transfer.workbench.web.PageServlet;
import eu.goodpractice.transfer.workbench.web.WebResourceServlet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * The workbench: the real app on a stand-in Confluence, served under {@code /confluence} on a loopback port, with
 * its data in an H2 file below the data directory.
 */
public final class WorkbenchServer implements AutoCloseable {
    public static final String CONTEXT = "/confluence";
    /** Jersey warns about things that are fine here (no JAXB, resource instances); keep the console readable. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    static {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
    }

    private final WorkbenchDatabase database;
    private final StandInConfluence confluence;
    private final AppHost app;
    private final PageRepository pages;
    private final GreenMail smtp;
    private final Server server;

    /** A workbench on a free port over fresh sample data: whatever {@code dataDirectory} held is deleted first. */
    public static WorkbenchServer fresh(Path dataDirectory) throws Exception {
        if (Files.exists(dataDirectory)) {
            try (var files = Files.walk(dataDirectory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return new WorkbenchServer(dataDirectory, 0);
    }

    public WorkbenchServer(Path dataDirectory, int port) throws Exception {
        confluence = new StandInConfluence(CONTEXT);
        SampleData.installDirectory(confluence);
        database = new WorkbenchDatabase(dataDirectory.resolve("db"));
        pages = new PageRepository(database, confluence);
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        app = new AppHost(confluence, database, new StandInMailServer(smtp.getSmtp().getPort()));
        if (pages.isEmpty()) {
            SampleData.seed(pages, app.component(ActionPlanService.class), confluence,
                    app.component(PracticeService.class), app.component(AssessmentService.class));
            SampleStakeholders.seed(pages, app.component(StakeholderService.class), confluence);
            SampleDissemination.seed(pages, app, confluence);
        }

        HostAuthFilter auth = new HostAuthFilter(confluence);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(CONTEXT);
        context.addFilter(new FilterHolder(auth), "/*", EnumSet.of(DispatcherType.REQUEST));
        DashboardServlet dashboard = new DashboardServlet(confluence, pages);
        context.addServlet(new ServletHolder(dashboard), "/");
        context.addServlet(new ServletHolder(dashboard), "/display/*");
        context.addServlet(new ServletHolder(new PageServlet(confluence, pages, new MacroRunner(app, pages),
                app.descriptor())), "/pages/*");
        context.addServlet(new ServletHolder(new LoginServlet(confluence, auth)), "/login.action");
        context.addServlet(new ServletHolder(new LoginServlet.Logout(confluence)), "/logout.action");
        context.addServlet(new ServletHolder(new LoginServlet.Language(confluence)), "/workbench/language");
        context.addServlet(new ServletHolder(new WebResourceServlet(app.descriptor())), WebResourceServlet.PATH + "/*");
        context.addServlet(new ServletHolder(new CreateServlet(confluence, new BlueprintPages(app, pages), pages)),
                "/workbench/create");
        context.addServlet(new ServletHolder(new OutboxServlet(confluence, smtp, app.scheduler())),
                OutboxServlet.PATH);
        for (Map.Entry<PluginDescriptor.RestModule, List<Object>> rest : app.restResources().entrySet()) {
            ResourceConfig config = new ResourceConfig();
            rest.getValue().forEach(config::register);
            config.register(new RestAccessFeature(() -> confluence.getRemoteUserKey() != null));
            config.register(new XsrfCheckFeature());
            ServletHolder jersey = new ServletHolder(new ServletContainer(config));
            String path = "/rest/" + rest.getKey().path();
            context.addServlet(jersey, path + "/" + rest.getKey().version() + "/*");
            context.addServlet(jersey, path + "/latest/*");
        }

        ServletContextHandler root = new ServletContextHandler("/");
        root.addServlet(new ServletHolder(new ToContext()), "/*");
        server = new Server(new InetSocketAddress("127.0.0.1", port));
        server.setHandler(new Handler.Sequence(context, root));
        server.setStopAtShutdown(false);
        server.start();
        confluence.setServerAddress("http://localhost:" + port());
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The workbench's SMTP server, which receives the app's mail. */
    public GreenMail smtp() {
        return smtp;
    }

    public int port() {
        return ((NetworkConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** e.g. http://localhost:1990/confluence */
    public String baseUrl() {
        return "http://localhost:" + port() + CONTEXT;
    }

    /** The app as loaded, for tests that check what it stored. */
    public AppHost app() {
        return app;
    }

    /** The JDBC URL of the workbench's database, for tests that compare what is stored before and after. */
    public String databaseUrl() {
        return database.url();
    }

    /** The host's pages, for tests that put pages of their own (with fixed ids) beside the sample data. */
    public PageRepository pages() {
        return pages;
    }

    public StandInConfluence confluence() {
        return confluence;
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
        app.close();
        smtp.stop();
        database.shutdown();
    }

    /** Anything outside the context goes to the workbench's dashboard. */
    private static final class ToContext extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendRedirect(CONTEXT + "/");
        }
    }
}
