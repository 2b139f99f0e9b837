package eu.goodpractice.transfer.shared;

/** Someone else changed the thing since the caller read it; {@code current} is what is stored now. */
public class StaleVersionException extends RuntimeException {
    private final transient Object current;

    public StaleVersionException(Object current) {
        super("The version sent is not the current one");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
