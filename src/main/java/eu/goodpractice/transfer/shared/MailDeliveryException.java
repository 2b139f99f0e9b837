package eu.goodpractice.transfer.shared;

/** The mail server refused or could not take a message. */
public class MailDeliveryException extends Exception {
    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    public MailDeliveryException(String message) {
        super(message);
    }
}
