package eu.goodpractice.transfer.workbench.host;

import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.xml.AbstractBeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Element;

/**
 * Reads the Gemini Blueprint elements of the app's Spring XML the way the plugin system does: an
 * {@code <osgi:reference>} becomes the host's service of that interface; an {@code <osgi:service>} is accepted
 * (nobody else consumes the app's services in a stand-in host).
 */
public class OsgiReferenceNamespaceHandler extends NamespaceHandlerSupport {
    static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String HOST_SERVICES_BEAN = "stand-in-host-services";

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        registerBeanDefinitionParser("service", new ServiceParser());
    }

    private static final class ReferenceParser extends AbstractBeanDefinitionParser {
        @Override
        protected AbstractBeanDefinition parseInternal(Element element, ParserContext parserContext) {
            return BeanDefinitionBuilder.genericBeanDefinition(HostServiceFactory.class)
                    .addConstructorArgValue(element.getAttribute("interface"))
                    .addConstructorArgValue(new RuntimeBeanReference(HOST_SERVICES_BEAN))
                    .setAutowireMode(AbstractBeanDefinition.AUTOWIRE_NO)
                    .getBeanDefinition();
        }
    }

    private static final class ServiceParser extends AbstractBeanDefinitionParser {
        @Override
        protected AbstractBeanDefinition parseInternal(Element element, ParserContext parserContext) {
            AbstractBeanDefinition exported = BeanDefinitionBuilder.genericBeanDefinition(Object.class)
                    .setAutowireMode(AbstractBeanDefinition.AUTOWIRE_NO).getBeanDefinition();
            exported.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            exported.setAutowireCandidate(false);
            return exported;
        }

        @Override
        protected boolean shouldGenerateIdAsFallback() {
            return true;
        }
    }

    /** Hands out the host's service for one interface. */
    public static final class HostServiceFactory implements FactoryBean<Object> {
        private final Class<?> type;
        private final HostServices services;

        public HostServiceFactory(String interfaceName, HostServices services) throws ClassNotFoundException {
            this.type = Class.forName(interfaceName);
            this.services = services;
        }

        @Override
        public Object getObject() {
            return services.lookup(type.getName());
        }

        @Override
        public Class<?> getObjectType() {
            return type;
        }
    }
}
