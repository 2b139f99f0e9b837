package eu.goodpractice.transfer.reminder;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.OutgoingMail;
import eu.goodpractice.transfer.shared.Recipient;
import eu.goodpractice.transfer.shared.Translations;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * Writes reminder mail in the recipient's language: plain HTML with inline styles (mail clients drop style sheets),
 * every user-entered text escaped, links back to the plans' spaces and to the preferences page, overdue marked in
 * words, not only colour.
 */
public class ReminderMails {
    /** The page, in each working-group space, that carries the reminder-preferences macro (see the admin guide). */
    public static final String PREFERENCES_PAGE_TITLE = "Reminder preferences";

    private final Translations translations;
    private final HostLinks links;

    public ReminderMails(Translations translations, HostLinks links) {
        this.translations = translations;
        this.links = links;
    }

    public OutgoingMail digest(Recipient to, Digest digest) {
        Writer w = new Writer(to.locale());
        w.paragraph(w.text("transfer.reminder.greeting", to.displayName()));
        w.paragraph(w.text("transfer.reminder.digest.intro"));
        w.section(w.text("transfer.reminder.digest.overdue"), digest.overdue(), true);
        w.section(w.text("transfer.reminder.digest.due-soon"), digest.dueSoon(), false);
        String space = (digest.overdue().isEmpty() ? digest.dueSoon() : digest.overdue()).get(0).plan().spaceKey();
        w.footer(space);
        return new OutgoingMail(to.email(), w.text("transfer.reminder.digest.subject", digest.overdue().size(),
                digest.dueSoon().size()), w.html());
    }

    public OutgoingMail summary(Recipient to, List<WeeklyPlanReport> reports) {
        Writer w = new Writer(to.locale());
        w.paragraph(w.text("transfer.reminder.greeting", to.displayName()));
        w.paragraph(w.text("transfer.reminder.summary.intro"));
        for (WeeklyPlanReport report : reports) {
            ActionPlan plan = report.plan();
            w.html.append("<h2 style=\"font-size:16px;margin:20px 0 4px\">").append(Html.escape(plan.institution()))
                    .append("</h2>");
            w.paragraph(w.text("transfer.reminder.summary.progress", report.progress().done(),
                    report.progress().counted(), report.progress().percent(), report.progress().overdue()));
            w.steps(w.text("transfer.reminder.summary.completed"), report.completed(), plan, false);
            w.steps(w.text("transfer.reminder.summary.overdue"), report.overdue(), plan, true);
            w.steps(w.text("transfer.reminder.summary.upcoming"), report.upcoming(), plan, false);
            w.link(spaceLink(plan.spaceKey()), w.text("transfer.reminder.open-plans"));
        }
        w.footer(reports.get(0).plan().spaceKey());
        return new OutgoingMail(to.email(), w.text("transfer.reminder.summary.subject"), w.html());
    }

    private String spaceLink(String spaceKey) {
        return links.absolute("/display/" + encode(spaceKey));
    }

    private String preferencesLink(String spaceKey) {
        return links.absolute("/display/" + encode(spaceKey) + "/" + encode(PREFERENCES_PAGE_TITLE));
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }

    /** One mail under construction, in one language. */
    private final class Writer {
        private final Locale locale;
        private final DateTimeFormatter dates;
        private final StringBuilder html = new StringBuilder(
                "<div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#172b4d\">");

        Writer(Locale locale) {
            this.locale = locale;
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        }

        String text(String key, Serializable... arguments) {
            return translations.text(locale, key, arguments);
        }

        void paragraph(String text) {
            html.append("<p>").append(Html.escape(text)).append("</p>");
        }

        void section(String heading, List<DueStep> steps, boolean overdue) {
            if (steps.isEmpty()) {
                return;
            }
            html.append("<h2 style=\"font-size:16px;margin:16px 0 4px\">").append(Html.escape(heading))
                    .append(" (").append(steps.size()).append(")</h2><ul>");
            for (DueStep due : steps) {
                item(due.step(), due.plan(), overdue);
            }
            html.append("</ul>");
        }

        void steps(String heading, List<ActionStep> steps, ActionPlan plan, boolean overdue) {
            html.append("<h3 style=\"font-size:14px;margin:10px 0 2px\">").append(Html.escape(heading))
                    .append(" (").append(steps.size()).append(")</h3>");
            if (steps.isEmpty()) {
                html.append("<p style=\"margin:0 0 0 20px;color:#505f79\">")
                        .append(Html.escape(text("transfer.reminder.none"))).append("</p>");
                return;
            }
            html.append("<ul>");
            for (ActionStep step : steps) {
                item(step, plan, overdue);
            }
            html.append("</ul>");
        }

        private void item(ActionStep step, ActionPlan plan, boolean overdue) {
            html.append("<li><a href=\"").append(Html.escape(spaceLink(plan.spaceKey()))).append("\">")
                    .append(Html.escape(step.title())).append("</a> &#8212; ")
                    .append(Html.escape(plan.institution()));
            if (step.dueDate() != null) {
                html.append(", ");
                String due = text("transfer.reminder.due", date(step.dueDate()));
                if (overdue) {
                    html.append("<strong style=\"color:#bf2600\">").append(Html.escape(text(
                            "transfer.reminder.overdue-mark"))).append("</strong> ");
                }
                html.append(Html.escape(due));
            }
            html.append("</li>");
        }

        void link(String href, String label) {
            html.append("<p><a href=\"").append(Html.escape(href)).append("\">").append(Html.escape(label))
                    .append("</a></p>");
        }

        void footer(String spaceKey) {
            html.append("<hr style=\"border:0;border-top:1px solid #dfe1e6\"><p style=\"font-size:12px;color:#505f79\">")
                    .append(Html.escape(text("transfer.reminder.footer"))).append(" <a href=\"")
                    .append(Html.escape(preferencesLink(spaceKey))).append("\">")
                    .append(Html.escape(text("transfer.reminder.preferences-link"))).append("</a></p>");
        }

        private String date(LocalDate day) {
            return dates.format(day);
        }

        String html() {
            return html + "</div>";
        }
    }
}
