package eu.goodpractice.transfer.workbench;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import eu.goodpractice.transfer.workbench.host.AppContext;
import eu.goodpractice.transfer.workbench.host.AppEntities;
import eu.goodpractice.transfer.workbench.host.AppTableNames;
import eu.goodpractice.transfer.workbench.host.BundleI18nResolver;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import eu.goodpractice.transfer.workbench.host.HostServices;
import eu.goodpractice.transfer.workbench.host.ProviderTransactionalExecutors;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import eu.goodpractice.transfer.workbench.host.StandInMailServer;
import eu.goodpractice.transfer.workbench.host.StandInScheduler;
import eu.goodpractice.transfer.workbench.host.VelocityTemplateRenderer;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The real app loaded the way the plugin system loads it: tables from the descriptor's {@code <ao>} (upgrade tasks
 * first), components from the app's Spring XML on the stand-in host's services, then one instance of every macro
 * and REST resource the descriptor declares.
 */
public final class AppHost implements AutoCloseable {
    static final String MODEL_VERSION = "ao.model.version";

    private final PluginDescriptor descriptor;
    private final EntityManager entityManager;
    private final AppContext app;
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final Map<PluginDescriptor.RestModule, List<Object>> restResources = new LinkedHashMap<>();

    private final StandInScheduler scheduler = new StandInScheduler();
    private final StandInMailServer mailServer;

    public AppHost(StandInConfluence confluence, WorkbenchDatabase database) {
        this(confluence, database, StandInMailServer.inMemory());
    }

    public AppHost(StandInConfluence confluence, WorkbenchDatabase database, StandInMailServer mailServer) {
        this.mailServer = mailServer;
        ClassLoader loader = getClass().getClassLoader();
        descriptor = PluginDescriptor.fromClassPath(loader);
        if (!AppTableNames.NAMESPACE.equals(descriptor.aoNamespace())) {
            throw new IllegalStateException("The workbench names tables for the namespace " + AppTableNames.NAMESPACE
                    + " but the descriptor declares " + descriptor.aoNamespace());
        }
        entityManager = EntityManagerBuilder.url(database.url()).username("sa").password("").schema("PUBLIC").none()
                .tableNameConverter(new AppTableNames())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
        HostServices services = new HostServices()
                .offerAll(confluence)
                .offer(ActiveObjects.class, activeObjects)
                .offer(TemplateRenderer.class, new VelocityTemplateRenderer(new HashSet<>(descriptor.velocityAllowlist())))
                .offer(I18nResolver.class, new BundleI18nResolver(descriptor.i18nBundles(),
                        confluence.localeOfCurrentUser()))
                .offer(SchedulerService.class, scheduler)
                .offer(MailServerManager.class, mailServer)
                .offer(TransactionalExecutorFactory.class, new ProviderTransactionalExecutors(entityManager.getProvider()));
        app = new AppContext(services);
        upgradeAndMigrate(database, activeObjects, loader);
        for (PluginDescriptor.MacroModule module : descriptor.macros()) {
            macros.put(module.name(), (Macro) app.module(load(module.className(), loader)));
        }
        for (PluginDescriptor.RestModule module : descriptor.restModules()) {
            List<Object> resources = new ArrayList<>();
            for (String packageName : module.packages()) {
                for (Class<?> type : ClassScanner.classesIn(packageName, loader)) {
                    if (type.isAnnotationPresent(Path.class)) {
                        resources.add(app.module(type));
                    }
                }
            }
            restResources.put(module, resources);
        }
        app.startLifecycle(); // as SAL does once the host is up and the app enabled: scheduled jobs register here
    }

    /** As the AO plugin does: run the upgrade tasks newer than the stored model version, then migrate the entities. */
    private void upgradeAndMigrate(WorkbenchDatabase database, ActiveObjects activeObjects, ClassLoader loader) {
        ModelVersion stored = ModelVersion.valueOf(database.setting(MODEL_VERSION).orElse(null));
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : descriptor.aoUpgradeTasks()) {
            tasks.add((ActiveObjectsUpgradeTask) app.module(load(name, loader)));
        }
        tasks.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        ModelVersion current = stored;
        for (ActiveObjectsUpgradeTask task : tasks) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, activeObjects);
                current = task.getModelVersion();
            }
        }
        try {
            entityManager.migrate(AppEntities.declared());
        } catch (Exception e) {
            throw new IllegalStateException("Migrating the app's tables failed: " + e.getMessage(), e);
        }
        database.setSetting(MODEL_VERSION, current.toString());
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names " + className + ", which does not exist", e);
        }
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public Macro macro(String name) {
        return macros.get(name);
    }

    public Map<PluginDescriptor.RestModule, List<Object>> restResources() {
        return restResources;
    }

    public <T> T component(Class<T> type) {
        return app.bean(type);
    }

    /** A class of the app built with constructor injection, as the plugin system builds module classes. */
    public Object module(Class<?> type) {
        return app.module(type);
    }

    public StandInScheduler scheduler() {
        return scheduler;
    }

    public StandInMailServer mailServer() {
        return mailServer;
    }

    @Override
    public void close() {
        app.close();
        scheduler.close();
        entityManager.getProvider().dispose();
    }
}
