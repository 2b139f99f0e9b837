package eu.goodpractice.transfer.assessment;

import eu.goodpractice.transfer.assessment.CriteriaSetInput.CriterionInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.DimensionInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.RulesInput;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies a change to a criteria set, reporting every problem per field at once. Criteria are never removed: one
 * left out of the list is retired, so ratings given under it stay explainable, and a retired one can come back.
 * A criterion keeps its dimension (moving it would silently change what old ratings meant); the dimensions
 * themselves are fixed, only their weights change.
 */
final class CriteriaSetChange {
    static final double MAX_WEIGHT = 10;
    static final int QUESTION_LENGTH = 1000;
    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,60}");

    private CriteriaSetChange() {
    }

    /** The changed set, with the given version and space; null when {@code errors} holds problems. */
    static CriteriaSet apply(CriteriaSet base, CriteriaSetInput input, int version, String spaceKey,
                             FieldErrors errors) {
        List<Dimension> dimensions = input.dimensions() == null ? base.dimensions()
                : dimensions(base, input.dimensions(), errors);
        List<Criterion> criteria = input.criteria() == null ? base.criteria()
                : criteria(base, input.criteria(), errors);
        ScoringRules rules = input.rules() == null ? base.rules() : rules(base.rules(), input.rules(), errors);
        if (errors.hasErrors()) {
            return null;
        }
        return new CriteriaSet(base.key(), version, spaceKey, dimensions, criteria, rules);
    }

    private static List<Dimension> dimensions(CriteriaSet base, List<DimensionInput> inputs, FieldErrors errors) {
        Map<String, Dimension> byKey = new LinkedHashMap<>();
        base.dimensions().forEach(d -> byKey.put(d.key(), d));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            DimensionInput input = inputs.get(i);
            String field = "dimensions[" + i + "].";
            String key = InputText.trimmed(input.key()).orElse("");
            if (!byKey.containsKey(key)) {
                errors.add(field + "key", "transfer.validation.choice", key);
            } else if (!seen.add(key)) {
                errors.add(field + "key", "transfer.validation.duplicate-key", key);
            } else {
                double weight = weight(errors, field + "weight", input.weight(), byKey.get(key).weight());
                byKey.put(key, new Dimension(key, weight));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<Criterion> criteria(CriteriaSet base, List<CriterionInput> inputs, FieldErrors errors) {
        Map<String, Criterion> byKey = new LinkedHashMap<>();
        // everything the set had and the change leaves out is retired, never removed
        base.criteria().forEach(c -> byKey.put(c.key(), new Criterion(c.key(), c.dimension(), c.weight(), true,
                c.customQuestion())));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            CriterionInput input = inputs.get(i);
            String field = "criteria[" + i + "].";
            String key = InputText.trimmed(input.key()).orElse("");
            if (!seen.add(key)) {
                errors.add(field + "key", "transfer.validation.duplicate-key", key);
                continue;
            }
            Criterion existing = base.criterion(key).orElse(null);
            String question = InputText.optional(errors, field + "customQuestion", input.customQuestion(),
                    QUESTION_LENGTH);
            if (existing != null) {
                String dimension = InputText.trimmed(input.dimension()).orElse(existing.dimension());
                if (!dimension.equals(existing.dimension())) {
                    errors.add(field + "dimension", "transfer.validation.choice", dimension);
                }
                double weight = weight(errors, field + "weight", input.weight(), existing.weight());
                // a shipped criterion without wording of its own follows the translations again
                byKey.put(key, new Criterion(key, existing.dimension(), weight, input.retired(), question));
                continue;
            }
            if (!KEY.matcher(key).matches()) {
                errors.add(field + "key", "transfer.validation.criterion-key", key);
            }
            String dimension = InputText.trimmed(input.dimension()).orElse("");
            if (base.dimension(dimension).isEmpty()) {
                errors.add(field + "dimension", "transfer.validation.choice", dimension);
            }
            if (question == null && !errors.has(field + "customQuestion")) {
                errors.add(field + "customQuestion", "transfer.validation.required");
            }
            double weight = weight(errors, field + "weight", input.weight(), 1.0);
            if (!errors.hasErrors()) {
                byKey.put(key, new Criterion(key, dimension, weight, input.retired(), question));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static ScoringRules rules(ScoringRules base, RulesInput input, FieldErrors errors) {
        double ready = number(errors, "rules.readyFrom", input.readyFrom(), base.readyFrom(), 1, 5);
        double adaptation = number(errors, "rules.adaptationFrom", input.adaptationFrom(), base.adaptationFrom(), 1,
                5);
        double groundwork = number(errors, "rules.groundworkFrom", input.groundworkFrom(), base.groundworkFrom(), 1,
                5);
        boolean numbers = !errors.has("rules.readyFrom") && !errors.has("rules.adaptationFrom")
                && !errors.has("rules.groundworkFrom");
        if (numbers && !(ready > adaptation && adaptation > groundwork)) {
            errors.add("rules.adaptationFrom", "transfer.validation.thresholds");
        }
        double coverage = number(errors, "rules.minimumCoverage", input.minimumCoverage(), base.minimumCoverage(),
                0, 1);
        double divergence = number(errors, "rules.divergence", input.divergence(), base.divergence(), 1, 4);
        if (divergence != Math.rint(divergence)) {
            errors.add("rules.divergence", "transfer.validation.range", input.divergence(), "1", "4");
        }
        return new ScoringRules(ready, adaptation, groundwork, coverage, (int) divergence);
    }

    /** A weight above 0 and at most {@value #MAX_WEIGHT}; {@code current} when none is given. */
    private static double weight(FieldErrors errors, String field, String value, double current) {
        String text = InputText.trimmed(value).orElse(null);
        if (text == null) {
            return current;
        }
        Double weight = parse(text);
        if (weight == null || weight <= 0 || weight > MAX_WEIGHT) {
            errors.add(field, "transfer.validation.weight", text);
            return current;
        }
        return weight;
    }

    private static double number(FieldErrors errors, String field, String value, double current, double min,
                                 double max) {
        String text = InputText.trimmed(value).orElse(null);
        if (text == null) {
            return current;
        }
        Double number = parse(text);
        if (number == null || number < min || number > max) {
            errors.add(field, "transfer.validation.range", text, fmt(min), fmt(max));
            return current;
        }
        return number;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Double parse(String text) {
        try {
            double number = Double.parseDouble(text);
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
