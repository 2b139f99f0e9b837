package eu.goodpractice.transfer.workbench.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import com.google.template.soy.data.SoyValue;
import com.google.template.soy.plugin.java.restricted.JavaPluginContext;
import com.google.template.soy.plugin.java.restricted.JavaValue;
import com.google.template.soy.plugin.java.restricted.JavaValueFactory;
import com.google.template.soy.plugin.java.restricted.SoyJavaSourceFunction;
import com.google.template.soy.shared.restricted.Signature;
import com.google.template.soy.shared.restricted.SoyFunctionSignature;
import java.io.Serializable;
import java.util.List;

/**
 * Confluence's Soy function {@code getText('key', args...)}, answered from the app's i18n bundles in the language
 * of the user the workbench is rendering for.
 */
@SoyFunctionSignature(name = "getText", value = {
        @Signature(returnType = "string", parameterTypes = {"string"}),
        @Signature(returnType = "string", parameterTypes = {"string", "?"}),
        @Signature(returnType = "string", parameterTypes = {"string", "?", "?"})})
public final class SoyGetText implements SoyJavaSourceFunction {
    private static final ThreadLocal<I18nResolver> I18N = new ThreadLocal<>();

    /** Renders with the given resolver on this thread; Soy calls the static methods below. */
    public static <T> T with(I18nResolver i18n, java.util.function.Supplier<T> render) {
        I18N.set(i18n);
        try {
            return render.get();
        } finally {
            I18N.remove();
        }
    }

    public static String text(String key) {
        return I18N.get().getText(key);
    }

    public static String text(String key, SoyValue first) {
        return I18N.get().getText(key, (Serializable) first.coerceToString());
    }

    public static String text(String key, SoyValue first, SoyValue second) {
        return I18N.get().getText(key, first.coerceToString(), second.coerceToString());
    }

    @Override
    public JavaValue applyForJavaSource(JavaValueFactory factory, List<JavaValue> args, JavaPluginContext context) {
        try {
            return switch (args.size()) {
                case 1 -> factory.callStaticMethod(SoyGetText.class.getMethod("text", String.class), args.get(0));
                case 2 -> factory.callStaticMethod(SoyGetText.class.getMethod("text", String.class, SoyValue.class),
                        args.get(0), args.get(1));
                default -> factory.callStaticMethod(SoyGetText.class.getMethod("text", String.class, SoyValue.class,
                        SoyValue.class), args.toArray(JavaValue[]::new));
            };
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
