package com.atlassian.mail;

/**
 * Source: host-api-facts §9.2 [V-8.7 atlassian-mail 5.3.0; MailServerManager and SMTPMailServer.send(Email) also used by deftdevs/bootstrapi against Confluence 10.2]; usage confirmed with the search tool (totallytot/ping-service-confluence: getDefaultSMTPMailServer(), new Email(to).setFrom/setMimeType("text/html")/setSubject/setBody, send).
 * A class in the host; trimmed to the setters the app calls and the getters the stand-in host reads. The
 * multipart setter is left out: its parameter type moved from javax.mail to jakarta.mail, so the app sends HTML only.
 */
public class Email {
    private String to;
    private String from;
    private String fromName;
    private String subject;
    private String body;
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";

    public Email(String to) {
        this.to = to;
    }

    public Email setTo(String to) {
        this.to = to;
        return this;
    }

    public Email setFrom(String from) {
        this.from = from;
        return this;
    }

    public Email setFromName(String fromName) {
        this.fromName = fromName;
        return this;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getFrom() {
        return from;
    }

    public String getFromName() {
        return fromName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }
}
