package eu.goodpractice.transfer.practice;

import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.List;

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

    public PracticeInput {
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        eqfLevels = eqfLevels == null ? List.of() : List.copyOf(eqfLevels);
        parseErrors = parseErrors == null ? new FieldErrors() : parseErrors;
    }
}
