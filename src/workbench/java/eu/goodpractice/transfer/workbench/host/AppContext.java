package eu.goodpractice.transfer.workbench.host;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.NamespaceHandlerResolver;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The app's components, built from the app's own {@code META-INF/spring/*.xml} with the host's services behind
 * its {@code <osgi:reference>}s. Module classes the descriptor names (macros, REST resources) are then created
 * from it with constructor injection, as the plugin system does. A broken Spring file breaks this too.
 */
public final class AppContext implements AutoCloseable {
    private final GenericApplicationContext context = new GenericApplicationContext();

    public AppContext(HostServices hostServices) {
        context.getBeanFactory().registerSingleton(OsgiReferenceNamespaceHandler.HOST_SERVICES_BEAN, hostServices);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        reader.setNamespaceHandlerResolver(new StandInNamespaces(getClass().getClassLoader()));
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/spring/*.xml");
            reader.loadBeanDefinitions(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.refresh();
    }

    /** Calls {@code onStart} on the app's LifecycleAware beans, as SAL does for the services the app exports. */
    public void startLifecycle() {
        context.getBeansOfType(LifecycleAware.class).values().forEach(LifecycleAware::onStart);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A module class of the descriptor (macro, REST resource), built with constructor injection. */
    public <T> T module(Class<T> type) {
        return context.getAutowireCapableBeanFactory().createBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** The Gemini Blueprint namespace goes to the stand-in; every other namespace to Spring's own handlers. */
    private static final class StandInNamespaces implements NamespaceHandlerResolver {
        private final NamespaceHandlerResolver springs;
        private final NamespaceHandler osgi = new OsgiReferenceNamespaceHandler();

        StandInNamespaces(ClassLoader classLoader) {
            this.springs = new DefaultNamespaceHandlerResolver(classLoader);
            osgi.init();
        }

        @Override
        public NamespaceHandler resolve(String namespaceUri) {
            return OsgiReferenceNamespaceHandler.NAMESPACE.equals(namespaceUri) ? osgi : springs.resolve(namespaceUri);
        }
    }
}
