package eu.goodpractice.transfer.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShippedCriteriaTest {
    @Test
    void twentyCriteriaInFourEquallyWeightedDimensions() {
        CriteriaSet set = ShippedCriteria.set();

        assertThat(set.dimensions()).extracting(Dimension::key)
                .containsExactly("sustainability", "usability", "anchoring", "framework");
        assertThat(set.dimensions()).extracting(Dimension::weight).containsOnly(1.0);
        Map<String, Long> perDimension = set.criteria().stream()
                .collect(Collectors.groupingBy(Criterion::dimension, Collectors.counting()));
        assertThat(perDimension).containsOnly(Map.entry("sustainability", 5L), Map.entry("usability", 5L),
                Map.entry("anchoring", 5L), Map.entry("framework", 5L));
        List<String> keys = set.criteria().stream().map(Criterion::key).toList();
        assertThat(new HashSet<>(keys)).as("criterion keys are unique").hasSize(20);
        assertThat(set.rules()).isEqualTo(ScoringRules.DEFAULT);
    }

    @Test
    void everyCriterionHasAQuestionAndFiveLevels() {
        for (ShippedCriteria.ShippedDimension dimension : ShippedCriteria.ShippedDimension.values()) {
            assertThat(ShippedCriteria.textKeys(dimension)).hasSize(2 + 5 * 6)
                    .contains(ShippedCriteria.level(dimension.criteria().get(0), 5));
        }
    }
}
