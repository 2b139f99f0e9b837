package eu.goodpractice.transfer.workbench.web;

import com.icegreen.greenmail.util.GreenMail;
import eu.goodpractice.transfer.workbench.host.StandInConfluence;
import eu.goodpractice.transfer.workbench.host.StandInScheduler;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /workbench/outbox}: the mail the workbench's SMTP server (GreenMail) received, newest first, each body shown
 * in a sandboxed frame (no scripts, no navigation), and a button that runs the scheduled jobs now, as if their time
 * had come. For logged-in users; the workbench's demo mail is not private.
 */
public final class OutboxServlet extends WorkbenchServlet {
    public static final String PATH = "/workbench/outbox";

    private final transient GreenMail smtp;
    private final transient StandInScheduler scheduler;

    public OutboxServlet(StandInConfluence confluence, GreenMail smtp, StandInScheduler scheduler) {
        super(confluence);
        this.smtp = smtp;
        this.scheduler = scheduler;
    }

    @Override
    protected void get(Http http) throws IOException {
        if (confluence.currentUser() == null) {
            http.toLogin();
            return;
        }
        StringBuilder html = new StringBuilder("<h1>Outbox</h1><p>Mail the app sent through the stand-in mail "
                + "server, received by the workbench's SMTP server.</p>");
        html.append("<form method=\"post\" action=\"").append(http.url(PATH)).append("\">")
                .append("<button type=\"submit\" id=\"wb-run-jobs\">Run reminders now</button></form>");
        List<String> history = scheduler.history();
        if (!history.isEmpty()) {
            html.append("<h2>Job runs</h2><ul id=\"wb-job-runs\">");
            history.forEach(run -> html.append("<li>").append(Http.escape(run)).append("</li>"));
            html.append("</ul>");
        }
        List<MimeMessage> messages = new ArrayList<>(Arrays.asList(smtp.getReceivedMessages()));
        java.util.Collections.reverse(messages);
        html.append("<h2>Received mail (").append(messages.size()).append(")</h2>");
        html.append("<table class=\"wb-outbox\" id=\"wb-outbox\"><thead><tr><th scope=\"col\">To</th>")
                .append("<th scope=\"col\">Subject</th><th scope=\"col\">Message</th></tr></thead><tbody>");
        for (MimeMessage message : messages) {
            html.append("<tr><td>").append(Http.escape(recipients(message))).append("</td><td>")
                    .append(Http.escape(subject(message))).append("</td><td>")
                    // the body is the app's HTML; a sandboxed srcdoc frame shows it without running anything
                    .append("<iframe sandbox title=\"").append(Http.escape(subject(message)))
                    .append("\" style=\"width:100%;min-width:480px;height:320px;border:1px solid #dfe1e6\" srcdoc=\"")
                    .append(Http.escape(body(message))).append("\"></iframe></td></tr>");
        }
        html.append("</tbody></table>");
        http.html(200, Layout.page(http, "Outbox", html.toString(), Set.of()));
    }

    @Override
    protected void post(Http http) throws IOException {
        if (confluence.currentUser() == null) {
            http.toLogin();
            return;
        }
        scheduler.runAllNow();
        http.redirect(http.url(PATH));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "(unreadable subject)";
        }
    }

    /** The decoded body (the app sends one HTML part). */
    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            return "(unreadable body)";
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
        } catch (MessagingException e) {
            return "(unreadable recipients)";
        }
    }
}
