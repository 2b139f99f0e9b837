package eu.goodpractice.transfer.shared;

/**
 * The change does not fit what is stored now: someone else changed it since the caller read it, or the stored state
 * does not allow the change. {@code current} is what is stored now; {@code messageKey} says which case it is.
 */
public class StaleVersionException extends RuntimeException {
    public static final String CHANGED_MEANWHILE = "transfer.error.stale";

    private final transient Object current;
    private final String messageKey;

    public StaleVersionException(Object current) {
        this(current, CHANGED_MEANWHILE);
    }

    public StaleVersionException(Object current, String messageKey) {
        super("The change does not fit the stored state: " + messageKey);
        this.current = current;
        this.messageKey = messageKey;
    }

    public Object current() {
        return current;
    }

    public String messageKey() {
        return messageKey;
    }
}
