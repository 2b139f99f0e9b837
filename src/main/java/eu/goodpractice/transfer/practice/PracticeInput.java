package eu.goodpractice.transfer.practice;

import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A practice's title and profile as they arrived, every value still text, so all checks live in {@link PracticeRules}. */
public record PracticeInput(
        String title,
        String summary,
        String institution,
        String country,
        String region,
        String theme,
        List<String> targetGroups,
        List<String> eqfLevels,
        String sector,
        String innovationType,
        String startDate,
        String endDate,
        String ongoing,
        String language,
        String englishSummary,
        String version,
        FieldErrors parseErrors) {

    /** The blueprint writes the wizard's answers as parameters of the practice-profile macro; lists are comma-separated. */
    public static PracticeInput fromMacroParameters(Map<String, String> p) {
        return new PracticeInput(null, p.get("summary"), p.get("institution"), p.get("country"), p.get("region"),
                p.get("theme"), commaList(p.get("targetGroups")), commaList(p.get("eqfLevels")), p.get("sector"),
                p.get("innovationType"), p.get("startDate"), p.get("endDate"), p.get("ongoing"), p.get("language"),
                p.get("englishSummary"), null, null);
    }

    private static List<String> commaList(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public PracticeInput {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        eqfLevels = eqfLevels == null ? List.of() : List.copyOf(eqfLevels);
        parseErrors = parseErrors == null ? new FieldErrors() : parseErrors;
    }
}
