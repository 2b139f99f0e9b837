package eu.goodpractice.transfer.shared;

/** Where a list page starts and how long it may be; limits are capped so no request can ask for everything. */
public record PageRequest(int start, int limit) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (start < 0) {
            throw new ValidationException(FieldErrors.of("start", "transfer.validation.start"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(FieldErrors.of("limit", "transfer.validation.limit", MAX_LIMIT));
        }
    }

    public static PageRequest firstPage() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }
}
