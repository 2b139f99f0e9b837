package eu.goodpractice.transfer.shared;

/** The current user may not do this; {@code messageKey} says why in the user's language. */
public class AccessDeniedException extends RuntimeException {
    private final String messageKey;

    public AccessDeniedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
