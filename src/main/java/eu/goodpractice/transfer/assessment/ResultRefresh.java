package eu.goodpractice.transfer.assessment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Scores stored ratings into stored results, with the service's own scoring: after a criteria set changed (every
 * result of a space again) and once when upgrading from a version that did not keep results (only the missing
 * ones). Knows the practices' spaces and the spaces' sets through functions, so the upgrade task can give it the
 * Active Objects of the upgrade, not the app's services.
 */
public class ResultRefresh {
    private final AssessmentStore store;
    private final LongFunction<Optional<String>> spaceOfPage;
    private final Function<String, CriteriaSet> setOfSpace;

    public ResultRefresh(AssessmentStore store, LongFunction<Optional<String>> spaceOfPage,
                         Function<String, CriteriaSet> setOfSpace) {
        this.store = store;
        this.spaceOfPage = spaceOfPage;
        this.setOfSpace = setOfSpace;
    }

    /** Rescores every assessed practice of the space (all spaces when null), stamped with {@code now}. */
    public void rescore(String spaceKey, Instant now) {
        for (long pageId : store.assessedPages()) {
            spaceOfPage.apply(pageId).filter(space -> spaceKey == null || space.equals(spaceKey))
                    .ifPresent(space -> store.ratingsByCountry(pageId).forEach((country, ratings) ->
                            store.saveSummary(summary(pageId, space, country, ratings, now))));
        }
    }

    /**
     * Stores a result for every assessed practice and country that has none, stamped with the time of its newest
     * rating; results already stored stay as they are, so running it twice changes nothing. Returns how many it
     * stored.
     */
    public int fillMissing() {
        Map<Long, Set<String>> stored = store.summarisedCountries();
        int filled = 0;
        for (long pageId : store.assessedPages()) {
            Optional<String> space = spaceOfPage.apply(pageId);
            if (space.isEmpty()) {
                continue; // ratings of a page no longer registered: nobody lists them
            }
            Set<String> has = stored.getOrDefault(pageId, Set.of());
            for (Map.Entry<String, List<Rating>> entry : store.ratingsByCountry(pageId).entrySet()) {
                if (!has.contains(entry.getKey()) && !entry.getValue().isEmpty()) {
                    Instant newest = entry.getValue().stream().map(Rating::updatedAt)
                            .max(Comparator.naturalOrder()).orElseThrow();
                    store.saveSummary(summary(pageId, space.get(), entry.getKey(), entry.getValue(), newest));
                    filled++;
                }
            }
        }
        return filled;
    }

    /** The stored result of a practice's ratings for one country, scored with the space's set. */
    public ResultSummary summary(long pageId, String spaceKey, String country, List<Rating> ratings, Instant at) {
        return ResultSummary.of(pageId, spaceKey, country, Scoring.result(setOfSpace.apply(spaceKey), ratings), at);
    }
}
