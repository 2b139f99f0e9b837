package eu.goodpractice.transfer.shared;

/** Input was rejected; nothing was stored. */
public class ValidationException extends RuntimeException {
    private final transient FieldErrors errors;

    public ValidationException(FieldErrors errors) {
        super("Invalid input: " + errors.byField().keySet());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
