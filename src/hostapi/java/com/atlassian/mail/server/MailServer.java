package com.atlassian.mail.server;

/** Source: host-api-facts §9.2 [V-8.7 atlassian-mail 5.3.0; MailServerManager and SMTPMailServer.send(Email) also used by deftdevs/bootstrapi against Confluence 10.2]; usage confirmed with the search tool (totallytot/ping-service-confluence: getDefaultSMTPMailServer(), new Email(to).setFrom/setMimeType("text/html")/setSubject/setBody, send). Trimmed: the app calls nothing declared here. */
public interface MailServer {
}
