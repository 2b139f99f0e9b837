package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.message.I18nResolver;
import eu.goodpractice.transfer.shared.Messages;
import java.io.Serializable;

/** UI text through SAL, which answers in the current user's language. */
public class SalMessages implements Messages {
    private final I18nResolver i18n;

    public SalMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String text(String key, Serializable... arguments) {
        return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, arguments);
    }
}
