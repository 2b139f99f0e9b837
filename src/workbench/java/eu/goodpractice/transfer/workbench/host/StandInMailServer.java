package eu.goodpractice.transfer.workbench.host;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Confluence's outgoing mail server as the stand-in host offers it: with an SMTP port, every mail goes over SMTP to
 * localhost (the workbench's GreenMail); without one, mails are only kept in memory, for tests.
 */
public class StandInMailServer implements MailServerManager, SMTPMailServer {
    public static final String FROM = "confluence@workbench.example.org";

    private final Integer smtpPort;
    private final List<Email> sent = new CopyOnWriteArrayList<>();

    public StandInMailServer(Integer smtpPort) {
        this.smtpPort = smtpPort;
    }

    public static StandInMailServer inMemory() {
        return new StandInMailServer(null);
    }

    @Override
    public SMTPMailServer getDefaultSMTPMailServer() {
        return this;
    }

    @Override
    public boolean isDefaultSMTPMailServerDefined() {
        return true;
    }

    @Override
    public String getDefaultFrom() {
        return FROM;
    }

    @Override
    public void send(Email email) throws MailException {
        if (smtpPort != null) {
            deliver(email);
        }
        sent.add(email);
    }

    public List<Email> sent() {
        return List.copyOf(sent);
    }

    private void deliver(Email email) throws MailException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(email.getFrom() == null ? FROM : email.getFrom()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getTo()));
            message.setSubject(email.getSubject(), "UTF-8");
            message.setContent(email.getBody(), email.getMimeType() + "; charset=UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailException("SMTP delivery failed: " + e.getMessage(), e);
        }
    }
}
