package eu.goodpractice.transfer.workbench.host;

import eu.goodpractice.transfer.workbench.PluginDescriptor;
import net.java.ao.RawEntity;

/** The AO entities the app's descriptor (as built, from the class path) declares, to migrate what Confluence would. */
public final class AppEntities {
    private AppEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] declared() {
        ClassLoader loader = AppEntities.class.getClassLoader();
        return PluginDescriptor.fromClassPath(loader).aoEntities().stream().map(name -> {
            try {
                return (Class<? extends RawEntity<?>>) Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The descriptor names the AO entity " + name + ", which does not exist", e);
            }
        }).toArray(Class[]::new);
    }
}
