package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which plans the overview and the step export take: the named spaces, or every space ({@code spaceKeys} null,
 * written "all"), and optionally one country. Spaces the reader may not view are dropped by the service, silently:
 * they never appear and never count.
 */
public record PlanScope(List<String> spaceKeys, String country) {
    public static final String ALL = "all";

    public PlanScope {
        spaceKeys = spaceKeys == null ? null : List.copyOf(spaceKeys);
    }

    public boolean allSpaces() {
        return spaceKeys == null;
    }

    /**
     * Reads the parameters as the macro and the REST API take them: {@code spaces} a comma list of space keys or
     * "all" (blank: {@code defaultSpace}, which may be null for every space), {@code country} an ISO code or blank.
     * Problems go to {@code errors} under the parameter's name.
     */
    public static PlanScope parse(String spaces, String country, String defaultSpace, FieldErrors errors) {
        List<String> keys;
        if (spaces == null || spaces.isBlank()) {
            keys = defaultSpace == null ? null : List.of(defaultSpace);
        } else if (spaces.strip().equalsIgnoreCase(ALL)) {
            keys = null;
        } else {
            keys = Arrays.stream(spaces.split(",")).map(String::strip).filter(key -> !key.isEmpty()).distinct()
                    .toList();
            if (keys.stream().anyMatch(key -> !key.matches("[A-Za-z0-9~_]{1,255}"))) {
                errors.add("spaces", "transfer.validation.spaces");
            }
        }
        String code = null;
        if (country != null && !country.isBlank()) {
            code = country.strip().toUpperCase(Locale.ROOT);
            if (!Arrays.asList(Locale.getISOCountries()).contains(code)) {
                errors.add("country", "transfer.validation.country", country.strip());
            }
        }
        return new PlanScope(keys, code);
    }
}
