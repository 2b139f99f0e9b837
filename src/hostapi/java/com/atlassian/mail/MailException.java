package com.atlassian.mail;

/** Source: host-api-facts §9.2 [V-8.7 atlassian-mail 5.3.0; MailServerManager and SMTPMailServer.send(Email) also used by deftdevs/bootstrapi against Confluence 10.2]; usage confirmed with the search tool (totallytot/ping-service-confluence: getDefaultSMTPMailServer(), new Email(to).setFrom/setMimeType("text/html")/setSubject/setBody, send). */
public class MailException extends Exception {
    public MailException() {
    }

    public MailException(String message) {
        super(message);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailException(Throwable cause) {
        super(cause);
    }
}
