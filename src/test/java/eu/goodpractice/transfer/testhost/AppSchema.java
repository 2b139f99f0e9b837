package eu.goodpractice.transfer.testhost;

import eu.goodpractice.transfer.workbench.host.AppEntities;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Creates the app's tables, as the AO plugin does when the app starts. */
public class AppSchema implements DatabaseUpdater {
    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(AppEntities.declared());
    }
}
