package eu.goodpractice.transfer.testhost;

import eu.goodpractice.transfer.workbench.host.AppContext;
import eu.goodpractice.transfer.workbench.host.AppEntities;
import eu.goodpractice.transfer.workbench.host.AppTableNames;
import eu.goodpractice.transfer.workbench.host.BundleI18nResolver;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import eu.goodpractice.transfer.workbench.host.HostServices;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import eu.goodpractice.transfer.workbench.host.VelocityTemplateRenderer;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.scheduler.SchedulerService;
import eu.goodpractice.transfer.workbench.host.StandInMailServer;
import eu.goodpractice.transfer.workbench.host.StandInScheduler;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import eu.goodpractice.transfer.workbench.host.ProviderTransactionalExecutors;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;

/**
 * The real app on stand-in host services: a fresh in-memory H2 database with the app's tables, the app's own
 * Spring XML, Velocity templates and i18n bundles, and a small Confluence with a working group's users and spaces:
 * space VET (coordinator and the editors ana and jan may edit, viewer may view, coordinator also administers it)
 * and space OTHER (only the outsider). Every password equals the user name.
 */
public final class TestApp implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    public final StandInConfluence confluence = new StandInConfluence(RestServer.CONTEXT);
    public final EntityManager entityManager;
    public final AppContext app;

    public TestApp() {
        confluence.addUser("coordinator", "Chris Coordinator");
        confluence.addUser("ana", "Ana Editor");
        confluence.addUser("jan", "Jan Editor");
        confluence.addUser("viewer", "Vera Viewer");
        confluence.addUser("outsider", "Otto Outsider");
        confluence.addSpace("VET", "VET working group");
        confluence.addSpace("OTHER", "Another group");
        confluence.grant("VET", "coordinator", "VIEWSPACE", "EDITSPACE", "SETSPACEPERMISSIONS");
        confluence.grant("VET", "ana", "VIEWSPACE", "EDITSPACE");
        confluence.grant("VET", "jan", "VIEWSPACE", "EDITSPACE");
        confluence.grant("VET", "viewer", "VIEWSPACE");
        confluence.grant("OTHER", "outsider", "VIEWSPACE", "EDITSPACE");

        entityManager = EntityManagerBuilder
                .url("jdbc:h2:mem:app-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1")
                .username("").password("").schema("PUBLIC").none()
                .tableNameConverter(new AppTableNames())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        try {
            entityManager.migrate(AppEntities.declared());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        HostServices host = new HostServices()
                .offerAll(confluence)
                .offer(ActiveObjects.class, new EntityManagerActiveObjects(entityManager))
                .offer(TemplateRenderer.class, new VelocityTemplateRenderer(Set.of()))
                .offer(I18nResolver.class, new BundleI18nResolver(List.of("i18n/practice-transfer"), confluence.localeOfCurrentUser()))
                .offer(SchedulerService.class, new StandInScheduler())
                .offer(MailServerManager.class, StandInMailServer.inMemory())
                .offer(TransactionalExecutorFactory.class, new ProviderTransactionalExecutors(entityManager.getProvider()));
        app = new AppContext(host);
    }

    @Override
    public void close() {
        app.close();
        entityManager.getProvider().dispose();
    }
}
