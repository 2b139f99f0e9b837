package eu.goodpractice.transfer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SalMessagesTest {
    @Mock I18nResolver i18n;
    @Mock LocaleResolver locales;

    @Test
    void theUsersLanguageComesFromSalsLocaleResolverAndIsEnglishWhenItKnowsNone() {
        SalMessages messages = new SalMessages(i18n, locales);

        when(locales.getLocale()).thenReturn(Locale.forLanguageTag("pl"));
        assertThat(messages.locale()).isEqualTo(Locale.forLanguageTag("pl"));
        when(locales.getLocale()).thenReturn(null);
        assertThat(messages.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void textWithoutArgumentsAsksSalWithoutArguments() {
        when(i18n.getText("transfer.error.stale")).thenReturn("Someone else changed this meanwhile.");

        assertThat(new SalMessages(i18n, locales).text("transfer.error.stale"))
                .isEqualTo("Someone else changed this meanwhile.");
    }
}
