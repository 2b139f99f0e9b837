package eu.goodpractice.transfer.shared;

/** The thing asked for does not exist; {@code messageKey} says what in the user's language. */
public class NotFoundException extends RuntimeException {
    private final String messageKey;

    public NotFoundException(String messageKey, Object id) {
        super(messageKey + ": " + id);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
