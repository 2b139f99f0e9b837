package eu.goodpractice.transfer.workbench.host;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * SAL's i18n resolver over the app's own bundles, in the current user's language, formatting arguments with
 * {@link MessageFormat} as Confluence does. A missing key shows as the key itself, as in Confluence.
 */
public class BundleI18nResolver implements I18nResolver {
    private final List<String> bundles;
    private final Supplier<Locale> locale;

    /** Resolves from the given bundle locations (as the descriptor's i18n resources name them), first match wins. */
    public BundleI18nResolver(List<String> bundles, Supplier<Locale> locale) {
        this.bundles = List.copyOf(bundles);
        this.locale = locale;
    }

    @Override
    public String getText(String key) {
        return raw(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        String pattern = raw(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(arguments);
    }

    @Override
    public String getText(Locale in, String key, Serializable... arguments) {
        String pattern = raw(in, key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, in).format(arguments);
    }

    private String raw(String key) {
        return raw(locale.get(), key);
    }

    private String raw(Locale in, String key) {
        for (String bundle : bundles) {
            try {
                return ResourceBundle.getBundle(bundle, in, getClass().getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(key);
            } catch (MissingResourceException e) {
                // try the next bundle
            }
        }
        return key;
    }
}
