package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.List;

/** An activity as it arrived, every value still text, so that all checks live in {@link DisseminationRules}. */
public record DisseminationInput(
        String spaceKey,
        String type,
        String category,
        String date,
        String title,
        String language,
        String country,
        String audience,
        String reach,
        String link,
        List<String> practicePageIds,
        String version,
        FieldErrors parseErrors) {

    public DisseminationInput {
        practicePageIds = practicePageIds == null ? List.of() : List.copyOf(practicePageIds);
        parseErrors = parseErrors == null ? new FieldErrors() : parseErrors;
    }
}
