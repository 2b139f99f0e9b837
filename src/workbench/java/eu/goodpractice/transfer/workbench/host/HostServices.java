package eu.goodpractice.transfer.workbench.host;

import java.util.LinkedHashMap;
import java.util.Map;

/** The host services a stand-in host offers to the app's {@code <osgi:reference>}s, by interface name. */
public final class HostServices {
    private final Map<String, Object> byInterface = new LinkedHashMap<>();

    public <T> HostServices offer(Class<T> type, T service) {
        byInterface.put(type.getName(), service);
        return this;
    }

    /** Offers one object under every interface it implements, as one Confluence component may be several services. */
    public HostServices offerAll(Object service) {
        for (Class<?> type = service.getClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> contract : type.getInterfaces()) {
                byInterface.putIfAbsent(contract.getName(), service);
            }
        }
        return this;
    }

    Object lookup(String interfaceName) {
        Object service = byInterface.get(interfaceName);
        if (service == null) {
            throw new IllegalStateException("The host offers no service " + interfaceName
                    + " (an <osgi:reference> in the app's Spring XML asks for it)");
        }
        return service;
    }
}
