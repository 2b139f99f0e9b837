package eu.goodpractice.transfer.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The "VET transfer" criteria set the app ships: twenty criteria in four equally weighted dimensions, drawn from
 * the transferability frameworks in docs/assessment-method.md. Questions and scale levels are translated; a space
 * adjusts a copy, never this set.
 */
public final class ShippedCriteria {
    public static final String KEY = "vet-transfer";
    public static final int VERSION = 1;

    /** The shipped dimensions, each with its criteria in the order partners answer them. */
    public enum ShippedDimension {
        SUSTAINABILITY("funding-stability", "organisational-capacity", "partnerships", "strategy-quality", "evaluation"),
        USABILITY("documentation", "essential-elements", "resources-needed", "evidence", "relevance"),
        ANCHORING("leadership", "curricula", "staff-competence", "routines", "monitoring"),
        FRAMEWORK("vet-system-fit", "funding-opportunities", "social-partners", "digital-infrastructure",
                "language-culture");

        private final List<String> criteria;

        ShippedDimension(String... criteria) {
            this.criteria = List.of(criteria);
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public List<String> criteria() {
            return criteria;
        }
    }

    private ShippedCriteria() {
    }

    public static CriteriaSet set() {
        List<Dimension> dimensions = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        for (ShippedDimension dimension : ShippedDimension.values()) {
            dimensions.add(new Dimension(dimension.key(), 1.0));
            dimension.criteria().forEach(key -> criteria.add(Criterion.shipped(key, dimension.key())));
        }
        return new CriteriaSet(KEY, VERSION, null, dimensions, criteria, ScoringRules.DEFAULT);
    }

    public static String dimensionName(String dimension) {
        return "transfer.dimension." + dimension + ".name";
    }

    public static String dimensionDescription(String dimension) {
        return "transfer.dimension." + dimension + ".description";
    }

    public static String question(String criterion) {
        return "transfer.criterion." + criterion + ".question";
    }

    /** The description of a scale level, 1 to 5. */
    public static String level(String criterion, int level) {
        return "transfer.criterion." + criterion + ".level." + level;
    }

    /** Every i18n key a shipped dimension uses, so the bundle checks can find them all. */
    public static List<String> textKeys(ShippedDimension dimension) {
        List<String> keys = new ArrayList<>(Arrays.asList(dimensionName(dimension.key()),
                dimensionDescription(dimension.key())));
        for (String criterion : dimension.criteria()) {
            keys.add(question(criterion));
            for (int level = 1; level <= 5; level++) {
                keys.add(level(criterion, level));
            }
        }
        return keys;
    }
}
