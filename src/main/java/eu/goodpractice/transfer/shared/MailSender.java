package eu.goodpractice.transfer.shared;

/** Sends mail through the host's outgoing mail server. */
public interface MailSender {
    /** False when no outgoing mail server is configured; nothing can be sent then. */
    boolean isConfigured();

    void send(OutgoingMail mail) throws MailDeliveryException;
}
