package eu.goodpractice.transfer.upgrade;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import eu.goodpractice.transfer.workbench.PluginDescriptor;
import eu.goodpractice.transfer.workbench.host.AppEntities;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.java.ao.EntityManager;

/**
 * What Confluence's AO plugin does when the app starts on an existing database: the descriptor's upgrade tasks newer
 * than the stored model version, in order, then a migrate of every entity the descriptor declares. Both lists come
 * from the built descriptor, so a new task or entity is covered without touching the test.
 */
final class UpgradePath {
    private UpgradePath() {
    }

    /** Runs the path from {@code stored} and returns the model version reached. */
    static ModelVersion run(EntityManager entityManager, ModelVersion stored) throws SQLException {
        ModelVersion current = stored;
        for (ActiveObjectsUpgradeTask task : tasks()) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, new EntityManagerActiveObjects(entityManager));
                current = task.getModelVersion();
            }
        }
        entityManager.migrate(AppEntities.declared());
        return current;
    }

    static List<ActiveObjectsUpgradeTask> tasks() {
        ClassLoader loader = UpgradePath.class.getClassLoader();
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : PluginDescriptor.fromClassPath(loader).aoUpgradeTasks()) {
            try {
                tasks.add((ActiveObjectsUpgradeTask) Class.forName(name, true, loader).getDeclaredConstructor()
                        .newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("The descriptor's upgrade task " + name + " cannot be made", e);
            }
        }
        tasks.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        return tasks;
    }
}
