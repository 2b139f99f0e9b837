package eu.goodpractice.transfer.workbench;

import eu.goodpractice.transfer.reminder.ReminderMails;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import java.util.Locale;
import java.util.Map;

/**
 * Reminder mail in the workbench: each partner's editor reads in their own language (so the outbox shows German,
 * French, ... digests), and the space has the page the mails link to for opting out. Page ids 1901-1909 are the
 * reminders' range.
 */
final class SampleReminders {
    static final long PREFERENCES_PAGE = 1901;

    private static final Map<String, Locale> LANGUAGES = Map.of(
            "editor-de", Locale.GERMAN, "editor-fr", Locale.FRENCH, "editor-it", Locale.ITALIAN,
            "editor-es", Locale.forLanguageTag("es"), "editor-pl", Locale.forLanguageTag("pl"),
            "editor-nl", Locale.forLanguageTag("nl"));

    private SampleReminders() {
    }

    /** The users' profile languages; the others (editor-fi, coordinator, ...) read English, the server's language. */
    static void installLanguages(StandInConfluence confluence) {
        LANGUAGES.forEach(confluence::setLanguage);
    }

    static void seed(PageRepository pages) {
        pages.save(PREFERENCES_PAGE, SampleData.SPACE, ReminderMails.PREFERENCES_PAGE_TITLE,
                "<p>Reminder e-mails remind step owners of their overdue and upcoming steps every morning, and tell "
                        + "each plan's responsible person every Monday how the plan is doing.</p>"
                        + "<ac:structured-macro ac:name=\"reminder-preferences\" ac:schema-version=\"1\"/>", null);
    }
}
