package eu.goodpractice.transfer.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Transferability assessments of practices per target country. Reading needs view permission on the practice's
 * page; rating needs edit permission in its space. Each assessor puts their own ratings for a practice and country
 * as one batch, with the version they read; a stale version fails with a conflict carrying the current state.
 */
public interface AssessmentService {
    /** The criteria set a space assesses with: its own copy if it has one, else the shipped set. */
    CriteriaSet criteriaSet(String spaceKey);

    /** Every assessed target country of a practice, by ISO code, in code order. */
    Map<String, CountryAssessment> assessments(long pageId);

    /**
     * Every assessed target country of a practice and, without ratings, each of {@code alsoCountries} nobody has
     * assessed yet, by ISO code in code order: for a page showing many countries at a fixed number of statements.
     */
    Map<String, CountryAssessment> assessments(long pageId, Collection<String> alsoCountries);

    /** Every change of a practice's ratings, by target country in code order, each oldest first. */
    Map<String, List<RatingChange>> histories(long pageId);

    /** The assessment of one target country (empty ratings when nobody has rated yet). */
    CountryAssessment assessment(long pageId, String country);

    /** Replaces the current user's ratings for a practice and country; returns the new state. */
    CountryAssessment rate(long pageId, String country, List<RatingInput> ratings, String version);

    /** Every change of a rating for a practice and country, oldest first. */
    List<RatingChange> history(long pageId, String country);

    /**
     * Recomputes the stored results of every assessed practice in a space (all spaces when null), after its criteria
     * set changed or for results stored before the app kept them. Needs no permission: it changes no ratings.
     */
    void refreshSummaries(String spaceKey);
}
