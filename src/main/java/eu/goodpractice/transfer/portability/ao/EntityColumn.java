package eu.goodpractice.transfer.portability.ao;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import net.java.ao.RawEntity;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * One column of an AO entity, found from its getter, so that a data file carries every column a feature stores,
 * including ones added later, without a hand-kept list that could forget one. The JSON name is the property
 * ({@code practicePageId}); the column name follows the Atlassian field name converter ({@code PRACTICE_PAGE_ID}).
 */
final class EntityColumn {
    private static final int DEFAULT_STRING_LENGTH = 255;

    final String property;
    final String name;
    private final Method getter;
    private final Method setter;
    final Class<?> type;
    final int maxLength;
    private final boolean required;
    private final boolean hasDefault;

    private EntityColumn(String property, Method getter, Method setter) {
        this.property = property;
        this.name = property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        this.getter = getter;
        this.setter = setter;
        this.type = getter.getReturnType();
        StringLength length = getter.getAnnotation(StringLength.class);
        this.maxLength = length == null ? DEFAULT_STRING_LENGTH : length.value();
        this.required = getter.isAnnotationPresent(NotNull.class) || type.isPrimitive();
        this.hasDefault = getter.isAnnotationPresent(Default.class);
    }

    /** The entity's own columns except ID, by property name. */
    static List<EntityColumn> of(Class<? extends RawEntity<?>> entity) {
        List<EntityColumn> columns = new ArrayList<>();
        for (Method method : entity.getDeclaredMethods()) {
            String property = property(method);
            if (property == null || Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                continue;
            }
            try {
                Method setter = entity.getMethod("set" + Character.toUpperCase(property.charAt(0))
                        + property.substring(1), method.getReturnType());
                columns.add(new EntityColumn(property, method, setter));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(entity.getSimpleName() + " has no setter for " + property, e);
            }
        }
        columns.sort(Comparator.comparing(column -> column.property));
        return columns;
    }

    private static String property(Method method) {
        String name = method.getName();
        if (method.getParameterCount() != 0 || name.equals("getID")) {
            return null;
        }
        String bare = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : null;
        return bare == null || bare.isEmpty() ? null : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    /** The stored value as the file writes it: dates as ISO instants, everything else as it is. */
    Object read(Object row) {
        Object value = invoke(getter, row);
        return value instanceof Date date ? date.toInstant().toString() : value;
    }

    /** The stored value as the database gives it, for comparing with a file's value. */
    Object stored(Object row) {
        return invoke(getter, row);
    }

    void write(Object row, Object storedValue) {
        invoke(setter, row, storedValue);
    }

    /** A value created rows may leave out: the database then fills in its default or null. */
    boolean mayBeLeftOut() {
        return !required || hasDefault;
    }

    /**
     * A file's value as the column stores it, or the i18n key of the problem: wrong kind, too long, or missing
     * though required.
     */
    Coerced coerce(Object value) {
        if (value == null) {
            return required ? Coerced.problem("transfer.validation.required") : Coerced.ok(null);
        }
        try {
            if (type == String.class) {
                String text = value.toString();
                return maxLength > 0 && text.length() > maxLength
                        ? Coerced.problem("transfer.portability.error.too-long") : Coerced.ok(text);
            }
            if (type == int.class || type == Integer.class) {
                return Coerced.ok(Math.toIntExact(whole(value)));
            }
            if (type == long.class || type == Long.class) {
                return Coerced.ok(whole(value));
            }
            if (type == double.class || type == Double.class) {
                return value instanceof Number number ? Coerced.ok(number.doubleValue()) : kind();
            }
            if (type == boolean.class || type == Boolean.class) {
                return value instanceof Boolean flag ? Coerced.ok(flag) : kind();
            }
            if (type == Date.class) {
                return value instanceof String text ? Coerced.ok(Date.from(Instant.parse(text))) : kind();
            }
        } catch (ArithmeticException | DateTimeParseException | IllegalArgumentException e) {
            return kind();
        }
        throw new IllegalStateException("No file form for column type " + type + " of " + property);
    }

    private static long whole(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double number && number == Math.rint(number)) {
            return number.longValue();
        }
        throw new IllegalArgumentException("not a whole number");
    }

    private static Coerced kind() {
        return Coerced.problem("transfer.portability.error.value");
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A value ready to store, or the problem that stops it. */
    record Coerced(Object value, String problem) {
        static Coerced ok(Object value) {
            return new Coerced(value, null);
        }

        static Coerced problem(String messageKey) {
            return new Coerced(null, messageKey);
        }
    }
}
