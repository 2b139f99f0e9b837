package eu.goodpractice.transfer.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A versioned set of criteria in weighted dimensions with the rules that score it. The shipped set has no space;
 * a space's adjusted copy names its space. An assessment remembers the set and version it was made with.
 */
public record CriteriaSet(String key, int version, String spaceKey, List<Dimension> dimensions,
                          List<Criterion> criteria, ScoringRules rules) {
    public CriteriaSet {
        dimensions = List.copyOf(dimensions);
        criteria = List.copyOf(criteria);
    }

    public List<Criterion> activeCriteria() {
        return criteria.stream().filter(c -> !c.retired()).toList();
    }

    public Optional<Criterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public Optional<Dimension> dimension(String key) {
        return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
