package eu.goodpractice.transfer.platform;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import eu.goodpractice.transfer.shared.MailDeliveryException;
import eu.goodpractice.transfer.shared.MailSender;
import eu.goodpractice.transfer.shared.OutgoingMail;

/**
 * Mail through the outgoing server the Confluence administrator configured, sent at once with
 * {@code SMTPMailServer.send}. Why not Confluence's mail queue: reminders are sent from a job that already runs once
 * per cluster in the background, so queueing gains nothing, and sending directly lets the job see each failure,
 * log it for that one recipient and go on, and record only what really went out (so a rerun resends only the rest).
 */
public class ConfluenceMailSender implements MailSender {
    private final MailServerManager mailServers;

    public ConfluenceMailSender(MailServerManager mailServers) {
        this.mailServers = mailServers;
    }

    @Override
    public boolean isConfigured() {
        return mailServers.isDefaultSMTPMailServerDefined() && mailServers.getDefaultSMTPMailServer() != null;
    }

    @Override
    public void send(OutgoingMail mail) throws MailDeliveryException {
        SMTPMailServer server = mailServers.getDefaultSMTPMailServer();
        if (server == null) {
            throw new MailDeliveryException("no outgoing mail server is configured");
        }
        Email email = new Email(mail.to())
                .setFrom(server.getDefaultFrom())
                .setSubject(mail.subject())
                .setBody(mail.htmlBody())
                .setMimeType("text/html")
                .setEncoding("UTF-8");
        try {
            server.send(email);
        } catch (MailException e) {
            throw new MailDeliveryException(e.getMessage(), e);
        }
    }
}
