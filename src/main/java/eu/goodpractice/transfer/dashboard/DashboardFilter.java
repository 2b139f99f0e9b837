package eu.goodpractice.transfer.dashboard;

import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.PageRequest;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a coordinator's view of practices asks for, whichever route it comes by (macro, REST, and later exports):
 * the spaces (empty means every space the viewer may view), the practice's country, theme and status, the sort
 * and its direction, the page of rows, and the page labels (a practice with any of them; empty means any practice).
 * Spaces the viewer may not view are dropped later, silently.
 */
public record DashboardFilter(Set<String> spaceKeys, String country, String theme, PracticeStatus status,
                              DashboardSort sort, boolean descending, PageRequest page, Set<String> labels) {
    /** Longest label Confluence keeps. */
    static final int LABEL_LENGTH = 255;
    /** Characters Confluence refuses in a label name (the comma separates labels here). */
    private static final String LABEL_FORBIDDEN = ":;,.!#&()*<>@[]^";

    public DashboardFilter {
        spaceKeys = Set.copyOf(spaceKeys);
        // in the order given, so the filter field and shared addresses show the labels as the reader wrote them
        labels = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(labels));
    }

    /** A filter on no labels. */
    public DashboardFilter(Set<String> spaceKeys, String country, String theme, PracticeStatus status,
                           DashboardSort sort, boolean descending, PageRequest page) {
        this(spaceKeys, country, theme, status, sort, descending, page, Set.of());
    }

    /** Every practice in every viewable space, by title, first page. */
    public static DashboardFilter everything() {
        return new DashboardFilter(Set.of(), null, null, null, DashboardSort.TITLE, false, PageRequest.firstPage());
    }

    /**
     * Reads the filter from text as users type it (query parameters, macro parameters); every problem is reported
     * at once under the parameter's name. {@code spaces} lists keys separated by commas; "all" or nothing means
     * every space.
     * {@code label} is one page label or several separated by commas (any of them), compared in lower case as
     * Confluence keeps labels; a label with a space or a character Confluence refuses is named under "label".
     */
    public static DashboardFilter parse(String spaces, String country, String theme, String status, String label,
                                        String sort, String dir, String start, String limit) {
        FieldErrors errors = new FieldErrors();
        Set<String> labels = labels(errors, label);
        String code = InputText.country(errors, "country", country, false);
        String themeKey = InputText.optional(errors, "theme", theme, 100);
        PracticeStatus wanted = InputText.choice(errors, "status", status, PracticeStatus.class, null);
        DashboardSort by = InputText.choice(errors, "sort", sort, DashboardSort.class, DashboardSort.TITLE);
        boolean descending = false;
        String direction = InputText.trimmed(dir).map(d -> d.toLowerCase(Locale.ROOT)).orElse("asc");
        if (direction.equals("desc")) {
            descending = true;
        } else if (!direction.equals("asc")) {
            errors.add("dir", "transfer.validation.choice", dir.strip());
        }
        int first = number(errors, "start", start, 0);
        int length = number(errors, "limit", limit, PageRequest.DEFAULT_LIMIT);
        if (first < 0) {
            errors.add("start", "transfer.validation.start");
        }
        if (length < 1 || length > PageRequest.MAX_LIMIT) {
            errors.add("limit", "transfer.validation.limit", PageRequest.MAX_LIMIT);
        }
        errors.throwIfAny();
        return new DashboardFilter(spaceKeys(spaces), code, themeKey, wanted, by, descending,
                new PageRequest(first, length), labels);
    }

    /** The same filter on another page of rows. */
    public DashboardFilter withPage(PageRequest other) {
        return new DashboardFilter(spaceKeys, country, theme, status, sort, descending, other, labels);
    }

    /** "Digital, green-skills" becomes {digital, green-skills}; every bad one is named under "label". */
    static Set<String> labels(FieldErrors errors, String value) {
        Set<String> labels = new LinkedHashSet<>();
        if (value == null) {
            return labels;
        }
        for (String part : value.split(",")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            boolean refused = name.length() > LABEL_LENGTH || name.chars().anyMatch(c -> Character.isWhitespace(c)
                    || LABEL_FORBIDDEN.indexOf(c) >= 0);
            if (refused) {
                errors.add("label", "transfer.validation.label", part.strip());
            } else {
                labels.add(name);
            }
        }
        return labels;
    }

    /** "VET, EU" becomes {VET, EU}; none, or "all" among them, means every space. */
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

    private static int number(FieldErrors errors, String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "transfer.validation.number", value.strip());
            return fallback;
        }
    }
}
