package eu.goodpractice.transfer.blueprint;

import com.google.template.soy.data.SoyValue;
import com.google.template.soy.plugin.java.restricted.JavaPluginContext;
import com.google.template.soy.plugin.java.restricted.JavaValue;
import com.google.template.soy.plugin.java.restricted.JavaValueFactory;
import com.google.template.soy.plugin.java.restricted.SoyJavaSourceFunction;
import com.google.template.soy.shared.restricted.Signature;
import com.google.template.soy.shared.restricted.SoyFunctionSignature;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A stand-in for Confluence's Soy function {@code getText} (from soy-core-functions), backed by the app's English
 * bundle: a key the bundle lacks fails the render, as a wizard page showing raw keys would fail a user. Arguments
 * are formatted with {@link MessageFormat}; without arguments the text is returned as written, placeholders and
 * all, which is what the wizard script formats itself.
 */
@SoyFunctionSignature(name = "getText", value = {
        @Signature(returnType = "string", parameterTypes = {"string"}),
        @Signature(returnType = "string", parameterTypes = {"string", "?"}),
        @Signature(returnType = "string", parameterTypes = {"string", "?", "?"})})
public final class SoyGetText implements SoyJavaSourceFunction {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/practice-transfer", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public static String text(String key) {
        return ENGLISH.getString(key); // MissingResourceException: the key is not in the base bundle
    }

    public static String text(String key, SoyValue first) {
        return MessageFormat.format(text(key), first.coerceToString());
    }

    public static String text(String key, SoyValue first, SoyValue second) {
        return MessageFormat.format(text(key), first.coerceToString(), second.coerceToString());
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
