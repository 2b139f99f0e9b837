package eu.goodpractice.transfer.workbench.host;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Confluence's Velocity allowlist (9.0 and later): a template may call methods of plain values (strings, numbers,
 * booleans, maps, lists) and the methods a plugin's {@code <velocity-allowlist>} names; every other call fails.
 * Confluence only blocks and logs; here it fails so a test notices.
 */
public class AllowlistUberspector extends UberspectImpl implements RuntimeServicesAware {
    static final String ALLOWLIST = AllowlistUberspector.class.getName() + ".allowlist";
    private static final Set<Class<?>> PLAIN = Set.of(String.class, Number.class, Boolean.class, Map.class,
            Collection.class, Iterator.class, Map.Entry.class);

    private Set<String> allowlist = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices runtimeServices) {
        Object configured = runtimeServices.getApplicationAttribute(ALLOWLIST);
        if (configured instanceof Set<?> set) {
            allowlist = (Set<String>) set;
        }
    }

    @Override
    public VelMethod getMethod(Object target, String name, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(target, name, args, info);
        if (method != null && !isPlain(target)) {
            requireAllowed(target.getClass(), name, args, info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null && !isPlain(target)) {
            String name = getter.getMethodName();
            requireAllowed(target.getClass(), name, new Object[0], info);
        }
        return getter;
    }

    private void requireAllowed(Class<?> type, String name, Object[] args, Info info) {
        String signature = signature(type, name, args);
        if (!allowlist.contains(signature)) {
            throw new IllegalStateException("Velocity allowlist: " + signature + " is not allowlisted ("
                    + info.getTemplateName() + " line " + info.getLine() + ")");
        }
    }

    /** Confluence's form: fully.qualified.Class#method(fully.qualified.ParamType,...). */
    private static String signature(Class<?> type, String name, Object[] args) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length) {
                return method.getDeclaringClass().getName() + "#" + name + "("
                        + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(","))
                        + ")";
            }
        }
        return type.getName() + "#" + name + "(?)";
    }

    private static boolean isPlain(Object target) {
        return PLAIN.stream().anyMatch(type -> type.isInstance(target));
    }
}
