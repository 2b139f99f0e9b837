package eu.goodpractice.transfer.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.assessment.AssessmentResult.CriterionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scoring rules with hand-computed expectations (docs/assessment-method.md states the same rules). */
class ScoringTest {
    /** Two dimensions: A (weight 2) with a1, a2 (weight 3), a3; B (weight 1) with b1, b2. */
    private static final CriteriaSet SET = new CriteriaSet("test", 1, null,
            List.of(new Dimension("A", 2), new Dimension("B", 1)),
            List.of(Criterion.shipped("a1", "A"), new Criterion("a2", "A", 3, false, null), Criterion.shipped("a3", "A"),
                    Criterion.shipped("b1", "B"), Criterion.shipped("b2", "B"),
                    new Criterion("old", "B", 1, true, null)),
            ScoringRules.DEFAULT);

    private final List<Rating> ratings = new ArrayList<>();

    @Test
    void aCriterionHasTheMedianAndSpreadOfItsScoresAndIsDivergentFromTwoPointsApart() {
        rate("ana", "a1", "2");
        rate("jan", "a1", "4");
        rate("eva", "a1", "5");
        rate("ana", "b1", "3");
        rate("jan", "b1", "4");

        AssessmentResult result = result();

        assertThat(criterion(result, "a1")).isEqualTo(new CriterionResult("a1", "A", 4.0, 3, true, 3, false));
        assertThat(criterion(result, "b1")).isEqualTo(new CriterionResult("b1", "B", 3.5, 1, false, 2, false));
    }

    @Test
    void dontKnowIsNoScoreAndAllNotApplicableTakesTheCriterionOutOfTheCoverage() {
        rate("ana", "a1", "DK");
        rate("ana", "a2", "NA");
        rate("jan", "a2", "NA");
        rate("ana", "a3", "NA");
        rate("jan", "a3", "3");
        rate("ana", "b1", "NA");
        rate("jan", "b1", "DK");

        AssessmentResult result = result();

        assertThat(criterion(result, "a1").isRated()).isFalse();
        assertThat(criterion(result, "a2").notApplicable()).isTrue();
        assertThat(criterion(result, "a3").median()).isEqualTo(3.0);
        assertThat(criterion(result, "b1").notApplicable()).as("one assessor does not know").isFalse();
        // applicable: a1, a3, b1, b2 = 4; rated: a3 = 1
        assertThat(result.applicable()).isEqualTo(4);
        assertThat(result.rated()).isEqualTo(1);
        assertThat(result.coverage()).isEqualTo(0.25);
    }

    @Test
    void dimensionsAreWeightedMeansOfTheirCriteriaAndTheOverallAWeightedMeanOfTheDimensions() {
        rate("ana", "a1", "5");
        rate("ana", "a2", "3");
        rate("ana", "a3", "4");
        rate("ana", "b1", "2");
        rate("ana", "b2", "1");

        AssessmentResult result = result();

        // A = (5*1 + 3*3 + 4*1) / 5 = 18/5 = 3.6; B = (2 + 1) / 2 = 1.5
        assertThat(result.dimensions()).extracting(AssessmentResult.DimensionResult::score).containsExactly(3.6, 1.5);
        // overall = (3.6*2 + 1.5*1) / 3 = 8.7/3 = 2.9
        assertThat(result.overall()).isEqualTo(2.9);
        assertThat(result.band()).contains(Band.GROUNDWORK);
    }

    @Test
    void theBandShowsOnlyFromSixtyPercentCoverage() {
        rate("ana", "a1", "5");
        rate("ana", "a2", "5");
        assertThat(result().band()).as("2 of 5 rated: 40 %").isEmpty();
        assertThat(result().overall()).isEqualTo(5.0);

        rate("ana", "b1", "4");
        AssessmentResult threeOfFive = result();
        assertThat(threeOfFive.coverage()).isEqualTo(0.6);
        // A = 5.0, B = 4.0; overall = (10 + 4) / 3 = 4.67 -> 4.7
        assertThat(threeOfFive.band()).contains(Band.READY);
        assertThat(threeOfFive.overall()).isEqualTo(4.7);
    }

    @Test
    void bandsStartAtTheirThresholdsAndTheShownScoreDecides() {
        ScoringRules rules = ScoringRules.DEFAULT;
        assertThat(rules.band(4.0)).isEqualTo(Band.READY);
        assertThat(rules.band(3.9)).isEqualTo(Band.ADAPTATION);
        assertThat(rules.band(3.0)).isEqualTo(Band.ADAPTATION);
        assertThat(rules.band(2.9)).isEqualTo(Band.GROUNDWORK);
        assertThat(rules.band(2.0)).isEqualTo(Band.GROUNDWORK);
        assertThat(rules.band(1.9)).isEqualTo(Band.NOT_NOW);
        assertThat(Scoring.round(3.95)).as("shown as 4.0, so ready").isEqualTo(4.0);
    }

    @Test
    void retiredCriteriaKeepTheirRatingsButDoNotCount() {
        rate("ana", "old", "1");
        rate("ana", "b1", "5");

        AssessmentResult result = result();

        assertThat(result.criteria()).extracting(CriterionResult::criterionKey).doesNotContain("old");
        assertThat(result.dimensions().get(1).score()).isEqualTo(5.0);
        assertThat(result.assessors()).containsExactly("ana");
    }

    @Test
    void strengthsAreTheThreeHighestAndWeaknessesTheThreeLowestOfTheRest() {
        rate("ana", "a1", "2");
        rate("ana", "a2", "5");
        rate("ana", "a3", "4");
        rate("ana", "b1", "1");
        rate("ana", "b2", "4");

        AssessmentResult result = result();

        assertThat(result.strengths()).containsExactly("a2", "a3", "b2");
        assertThat(result.weaknesses()).containsExactly("b1", "a1");
    }

    @Test
    void nobodyRatedYetMeansNoScoresAndNoBand() {
        AssessmentResult result = result();

        assertThat(result.overall()).isNull();
        assertThat(result.band()).isEqualTo(Optional.empty());
        assertThat(result.coverage()).isZero();
        assertThat(result.strengths()).isEmpty();
    }

    private AssessmentResult result() {
        return Scoring.result(SET, ratings);
    }

    private void rate(String assessor, String criterion, String code) {
        ratings.add(new Rating(criterion, assessor, RatingValue.parse(code), "because", null, Instant.EPOCH));
    }

    private static CriterionResult criterion(AssessmentResult result, String key) {
        return result.criteria().stream().filter(c -> c.criterionKey().equals(key)).findFirst().orElseThrow();
    }
}
