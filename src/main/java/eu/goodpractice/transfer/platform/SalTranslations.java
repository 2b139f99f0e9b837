package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.message.I18nResolver;
import eu.goodpractice.transfer.shared.Translations;
import java.io.Serializable;
import java.util.Locale;

/** Text in a given language through SAL's {@code I18nResolver.getText(Locale, key, args)}. */
public class SalTranslations implements Translations {
    private final I18nResolver i18n;

    public SalTranslations(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(Locale locale, String key, Serializable... arguments) {
        return i18n.getText(locale, key, arguments);
    }
}
