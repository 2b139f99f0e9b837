package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import eu.goodpractice.transfer.shared.Messages;
import java.io.Serializable;
import java.util.Locale;

/**
 * UI text through SAL, which answers in the current user's language. The language itself comes from SAL's locale
 * resolver, as {@code I18nResolver} has no getter for it.
 */
public class SalMessages implements Messages {
    private final I18nResolver i18n;
    private final LocaleResolver locales;

    public SalMessages(I18nResolver i18n, LocaleResolver locales) {
        this.i18n = i18n;
        this.locales = locales;
    }

    @Override
    public String text(String key, Serializable... arguments) {
        return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, arguments);
    }

    @Override
    public Locale locale() {
        Locale locale = locales.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }
}
