package eu.goodpractice.transfer.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The facts a report needs about a practice; the narrative stays on the page. Country is ISO 3166-1 alpha-2,
 * language ISO 639-1, theme and target groups are keys of the space's vocabularies, EQF levels 1 to 8.
 */
public record PracticeProfile(
        String summary,
        String institution,
        String country,
        String region,
        String theme,
        List<String> targetGroups,
        SortedSet<Integer> eqfLevels,
        String sector,
        InnovationType innovationType,
        LocalDate startDate,
        LocalDate endDate,
        boolean ongoing,
        String language,
        String englishSummary) {

    public PracticeProfile {
        targetGroups = List.copyOf(targetGroups);
        eqfLevels = new TreeSet<>(eqfLevels);
    }

    /** A profile with nothing filled in yet, for a practice registered from a bare macro. */
    public static PracticeProfile empty() {
        return new PracticeProfile(null, null, null, null, null, List.of(), new TreeSet<>(), null, null, null, null,
                false, null, null);
    }
}
