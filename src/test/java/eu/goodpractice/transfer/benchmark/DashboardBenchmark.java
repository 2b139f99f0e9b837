package eu.goodpractice.transfer.benchmark;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardService;
import eu.goodpractice.transfer.dashboard.export.DashboardExport;
import eu.goodpractice.transfer.dashboard.macro.PracticeDashboardMacro;
import eu.goodpractice.transfer.dashboard.macro.TransferMatrixMacro;
import eu.goodpractice.transfer.export.ExportFormat;
import eu.goodpractice.transfer.export.TableExporter;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.AppContext;
import eu.goodpractice.transfer.workbench.host.BundleI18nResolver;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import eu.goodpractice.transfer.workbench.host.HostServices;
import eu.goodpractice.transfer.workbench.host.ProviderTransactionalExecutors;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import eu.goodpractice.transfer.workbench.host.StandInMailServer;
import eu.goodpractice.transfer.workbench.host.StandInScheduler;
import eu.goodpractice.transfer.workbench.host.VelocityTemplateRenderer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speed benchmark (issue 6, point 6): not a test, a command ({@code ./benchmark}). For each database (PostgreSQL,
 * then H2) and each size (the full consortium, then one tenth of it) it seeds the app's tables, warms up, then
 * measures through the real macro and service path: the practice dashboard's first page and the transfer matrix
 * (p50 and p95 over {@code --renders} renders), the SQL statements Active Objects sends per render, the same page
 * fetched by hand-written SQL as a floor, and an XLSX export of every practice (time and heap growth). Prints a table
 * and writes it to {@code target/benchmark/results.md}.
 *
 * <p>Options: {@code --practices N} (default 10000), {@code --databases postgres,h2}, {@code --renders N} (50),
 * {@code --no-tenth} (skip the one-tenth run).
 */
public final class DashboardBenchmark {
    private static final Map<String, String> ALL_SPACES = Map.of("spaces", "all");

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int practices = 10_000;
        int renders = 50;
        boolean tenth = true;
        List<String> databases = List.of("postgres", "h2");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--practices" -> practices = Integer.parseInt(args[++i]);
                case "--renders" -> renders = Integer.parseInt(args[++i]);
                case "--databases" -> databases = List.of(args[++i].split(","));
                case "--no-tenth" -> tenth = false;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        List<Measurement> results = new ArrayList<>();
        for (String database : databases) {
            results.add(run(database, practices, renders));
            if (tenth) {
                results.add(run(database, practices / 10, renders));
            }
        }
        String table = Measurement.table(results);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "results.md"), table);
        System.exit(0);
    }

    private static Measurement run(String kind, int practices, int renders) throws Exception {
        String name = "bench_" + practices;
        System.out.printf(Locale.ROOT, "%n== %s, %,d practices: seeding%n", kind, practices);
        try (BenchmarkDatabase database = kind.equals("h2") ? BenchmarkDatabase.h2(name)
                : BenchmarkDatabase.postgres(name)) {
            BenchmarkData data = new BenchmarkData(database, practices);
            long seedStart = System.nanoTime();
            data.seed();
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf(Locale.ROOT, "   seeded %,d ratings and %,d steps in %.0f s%n", data.ratings(),
                    data.steps(), seedSeconds);

            StandInConfluence confluence = confluence(practices);
            try (AppContext app = app(confluence, database)) {
                confluence.logIn("coordinator");
                Measurement m = new Measurement(database.kind, practices, data.ratings(), data.steps(), seedSeconds);
                PracticeDashboardMacro dashboard = app.module(PracticeDashboardMacro.class);
                TransferMatrixMacro matrix = app.module(TransferMatrixMacro.class);
                ConversionContext context = context();
                Timings.Action renderDashboard = () -> dashboard.execute(ALL_SPACES, "", context).length();
                Timings.Action renderMatrix = () -> matrix.execute(ALL_SPACES, "", context).length();
                PlainSqlFloor floor = new PlainSqlFloor(database, data);
                DashboardService service = app.bean(DashboardService.class);
                DashboardFilter firstPage = DashboardFilter.everything();
                Timings.Action readOnly = () -> service.practices(firstPage).rows().items().size();
                Timings.warmUp(renderDashboard, renderMatrix, readOnly, floor::fetchFirstPage);

                m.service = Timings.measure(renders, readOnly);

                m.dashboard = Timings.measure(renders, renderDashboard);
                m.matrix = Timings.measure(renders, renderMatrix);
                m.floor = Timings.measure(renders, floor::fetchFirstPage);
                m.dashboardStatements = statements(database, renderDashboard);
                m.matrixStatements = statements(database, renderMatrix);
                m.floorStatements = PlainSqlFloor.STATEMENTS;

                DashboardExport exports = app.bean(DashboardExport.class);
                TableExporter exporter = app.bean(TableExporter.class);
                m.export = HeapWatch.measure(3, () -> exporter.write(exports.practices(DashboardFilter.everything()),
                        ExportFormat.XLSX, OutputStream.nullOutputStream()));
                m.exportRows = practices;
                confluence.logOut();
                System.out.println(m.line());
                return m;
            }
        }
    }

    private static int statements(BenchmarkDatabase database, Timings.Action render) throws Exception {
        try (SqlCounter sql = SqlCounter.on(database.entityManager)) {
            render.run();
            return sql.count();
        }
    }

    /** The coordinator may view every space; each practice has its page, so page restrictions are checked. */
    private static StandInConfluence confluence(int practices) {
        StandInConfluence confluence = new StandInConfluence("/confluence");
        confluence.addUser("coordinator", "Chris Coordinator");
        for (int s = 0; s < BenchmarkData.SPACES; s++) {
            String key = BenchmarkData.space(s);
            confluence.addSpace(key, "Partner space " + key);
            confluence.grant(key, "coordinator", "VIEWSPACE", "EDITSPACE");
        }
        for (int i = 0; i < practices; i++) {
            confluence.addPage(BenchmarkData.FIRST_PAGE_ID + i, BenchmarkData.space(i), "Practice " + i);
        }
        return confluence;
    }

    private static AppContext app(StandInConfluence confluence, BenchmarkDatabase database) {
        HostServices host = new HostServices()
                .offerAll(confluence)
                .offer(ActiveObjects.class, new EntityManagerActiveObjects(database.entityManager))
                .offer(TemplateRenderer.class, new VelocityTemplateRenderer(Set.of()))
                .offer(I18nResolver.class, new BundleI18nResolver(List.of("i18n/practice-transfer"),
                        confluence.localeOfCurrentUser()))
                .offer(SchedulerService.class, new StandInScheduler())
                .offer(MailServerManager.class, StandInMailServer.inMemory())
                .offer(TransactionalExecutorFactory.class,
                        new ProviderTransactionalExecutors(database.entityManager.getProvider()));
        return new AppContext(host);
    }

    /** A page view in the browser ("display"), so the dashboard renders its filter form and export links too. */
    private static ConversionContext context() {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn(BenchmarkData.space(0));
        when(context.getOutputType()).thenReturn("display");
        return context;
    }
}
