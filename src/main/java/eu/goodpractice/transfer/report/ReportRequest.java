package eu.goodpractice.transfer.report;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a partnership report asks for, by whichever route (REST, macro): the spaces (empty means every space the
 * viewer may view), one partner country or all ({@code partner} null) and the period.
 */
public record ReportRequest(Set<String> spaceKeys, String partner, ReportPeriod period) {
    public ReportRequest {
        spaceKeys = Set.copyOf(spaceKeys);
    }

    /**
     * Reads the request as users type it; every problem is reported at once under the parameter's name
     * ({@code partner}, {@code from}, {@code to}). {@code spaces} lists keys with commas; "all" or none: every space.
     */
    public static ReportRequest parse(String spaces, String partner, String from, String to, LocalDate today) {
        return parse(spaces, partner, from, to, today, null);
    }

    /** As {@link #parse(String, String, String, String, LocalDate)}, blank {@code spaces} meaning {@code defaultSpace}. */
    public static ReportRequest parse(String spaces, String partner, String from, String to, LocalDate today,
                                      String defaultSpace) {
        FieldErrors errors = new FieldErrors();
        Set<String> keys = spaceKeys(spaces == null || spaces.isBlank() ? defaultSpace : spaces);
        if (keys.stream().anyMatch(key -> !key.matches("[A-Za-z0-9~_]{1,255}"))) {
            errors.add("spaces", "transfer.validation.spaces");
        }
        String country = InputText.country(errors, "partner", partner, false);
        ReportPeriod period = ReportPeriod.parse(from, to, today, errors);
        errors.throwIfAny();
        return new ReportRequest(keys, country, period);
    }

    static Set<String> spaceKeys(String value) {
        Set<String> keys = new LinkedHashSet<>();
        if (value != null) {
            for (String key : value.split(",")) {
                if (!key.isBlank()) {
                    keys.add(key.strip());
                }
            }
        }
        return keys.stream().anyMatch(key -> key.equalsIgnoreCase("all")) ? Set.of() : keys;
    }
}
