package eu.goodpractice.transfer.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where assessments are kept: the current ratings per practice page and target country, every change of a rating,
 * and the version of each assessment. Reading costs a fixed number of statements, however many ratings there are.
 */
public interface AssessmentStore {
    /** Every current rating for a practice and country, by all assessors, ordered by assessor and criterion. */
    List<Rating> ratings(long pageId, String country);

    /** Every current rating of a practice, by target country in code order. */
    Map<String, List<Rating>> ratingsByCountry(long pageId);

    /** The target countries that have at least one rating for the practice, in code order. */
    Set<String> countries(long pageId);

    /** The version of the assessment for a practice and country; 0 when nobody has rated yet. */
    int version(long pageId, String country);

    /** The versions of every assessment of a practice, by country; countries never rated are left out. */
    Map<String, Integer> versions(long pageId);

    /**
     * Replaces one assessor's ratings for a practice and country, in one transaction: when {@code expectedVersion}
     * is not the stored version it fails with a {@link eu.goodpractice.transfer.shared.StaleVersionException}
     * (message key "transfer.error.stale") carrying the current ratings, and changes nothing; otherwise it records
     * a change for every rating added, changed (value or rationale) or removed, replaces the assessor's rows
     * (other assessors' stay as they are) and counts the version up. Returns the new version.
     */
    default int replaceRatings(long pageId, String country, String assessorKey, List<Rating> ratings,
                               int expectedVersion, String setKey, int setVersion, Instant now) {
        return replaceRatings(pageId, country, assessorKey, ratings, expectedVersion, setKey, setVersion, now,
                all -> null);
    }

    /**
     * As above, and in the same transaction stores the result {@code resultOf} makes of every assessor's ratings of
     * the practice and country after the replace (none when it gives null), so ratings and stored result never
     * disagree, not even after a crash between the two.
     */
    int replaceRatings(long pageId, String country, String assessorKey, List<Rating> ratings, int expectedVersion,
                       String setKey, int setVersion, Instant now, Function<List<Rating>, ResultSummary> resultOf);

    /** Every change of a rating for a practice and country, oldest first. */
    List<RatingChange> history(long pageId, String country);

    /** Every change of a practice's ratings, by target country in code order, each oldest first. */
    Map<String, List<RatingChange>> historyByCountry(long pageId);

    /**
     * Pushes the current ratings of the given practice pages (of one target country when {@code country} is not
     * null) to {@code sink} chunk by chunk in the order they were stored, {@code chunkSize} rows per statement
     * (keyset on the id), so an export of any size holds one chunk in memory.
     */
    void forEachRatingChunk(java.util.Collection<Long> pageIds, String country, int chunkSize,
                            java.util.function.Consumer<List<PracticeRating>> sink);

    /** The practice page was purged: its assessments go with their history and stored results. */
    void purge(long pageId);

    /** Stores the result of a practice for a target country, replacing the one stored before. */
    void saveSummary(ResultSummary summary);

    /** The practice page moved to another space: its stored results follow. */
    void moveSummaries(long pageId, String spaceKey);

    /** The pages with at least one assessed country, for recomputing their stored results. */
    Set<Long> assessedPages();

    /** The target countries of each page that have a stored result, in one statement. */
    Map<Long, Set<String>> summarisedCountries();
}
