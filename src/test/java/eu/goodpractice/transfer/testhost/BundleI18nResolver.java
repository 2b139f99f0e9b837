package eu.goodpractice.transfer.testhost;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * SAL's i18n resolver over the app's own bundles, in the current user's language, formatting arguments with
 * {@link MessageFormat} as Confluence does. A missing key shows as the key itself, as in Confluence.
 */
public class BundleI18nResolver implements I18nResolver {
    static final String BUNDLE = "i18n/practice-transfer";

    private final Supplier<Locale> locale;

    public BundleI18nResolver(Supplier<Locale> locale) {
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

    private String raw(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale.get(), ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
