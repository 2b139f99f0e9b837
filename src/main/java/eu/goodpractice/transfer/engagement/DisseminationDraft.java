package eu.goodpractice.transfer.engagement;

import java.time.LocalDate;
import java.util.List;

/** The validated content of an activity as a user wrote it, before it is stored. */
public record DisseminationDraft(
        String spaceKey,
        DisseminationType type,
        ResultCategory category,
        LocalDate date,
        String title,
        String language,
        String country,
        String audience,
        long reach,
        String link,
        List<Long> practicePageIds) {

    public DisseminationDraft {
        practicePageIds = List.copyOf(practicePageIds);
    }
}
