package eu.goodpractice.transfer.practice.macro;

import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.CriterionQuestion;
import eu.goodpractice.transfer.assessment.Dimension;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The criteria set a space assesses with, read-only, for the settings template: every criterion (retired ones too,
 * marked in words), its weight and the thresholds. Strings are escaped and their keys end in "Html"; the raw values
 * the script edits go into data attributes, escaped as well.
 */
public class CriteriaSettingsView {

    private final Messages messages;

    public CriteriaSettingsView(Messages messages) {
        this.messages = messages;
    }

    public Map<String, Object> criteria(CriteriaSet set) {
        Map<String, Object> model = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        for (String[] entry : new String[][] {{"headingHtml", "transfer.practice.criteria.heading"},
                {"dimensionHtml", "transfer.practice.criteria.dimension"},
                {"questionHtml", "transfer.practice.criteria.question"},
                {"weightHtml", "transfer.practice.criteria.weight"},
                {"stateHtml", "transfer.practice.criteria.state"},
                {"thresholdsHtml", "transfer.practice.criteria.thresholds"}}) {
            text.put(entry[0], Html.escape(messages.text(entry[1])));
        }
        model.put("text", text);
        model.put("version", set.version());
        // the script has to know whether a copy must be made before the first change
        model.put("copy", set.spaceKey() != null);
        model.put("sourceHtml", Html.escape(messages.text(set.spaceKey() != null ? "transfer.practice.criteria.copy"
                : "transfer.practice.criteria.shipped", String.valueOf(set.version()))));
        model.put("dimensions", set.dimensions().stream().map(d -> Map.of("keyHtml", Html.escape(d.key()),
                "nameHtml", Html.escape(dimensionName(d)))).toList());
        model.put("rows", set.criteria().stream().map(c -> row(set, c)).toList());
        model.put("rules", List.of(
                rule(messages.text("transfer.assessment.band.ready"), from(set.rules().readyFrom())),
                rule(messages.text("transfer.assessment.band.adaptation"), from(set.rules().adaptationFrom())),
                rule(messages.text("transfer.assessment.band.groundwork"), from(set.rules().groundworkFrom())),
                rule(messages.text("transfer.practice.criteria.minimum-coverage"),
                        Math.round(set.rules().minimumCoverage() * 100) + " %"),
                rule(messages.text("transfer.practice.criteria.divergence"),
                        String.valueOf(set.rules().divergence()))));
        return model;
    }

    private Map<String, Object> row(CriteriaSet set, Criterion criterion) {
        boolean shipped = CriterionQuestion.isShipped(criterion.key());
        String question = CriterionQuestion.of(criterion, messages);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("keyHtml", Html.escape(criterion.key()));
        row.put("dimensionKeyHtml", Html.escape(criterion.dimension()));
        row.put("dimensionHtml", Html.escape(set.dimension(criterion.dimension()).map(this::dimensionName)
                .orElse(criterion.dimension())));
        row.put("questionHtml", Html.escape(question));
        row.put("customQuestionHtml", Html.escape(criterion.customQuestion()));
        row.put("weightHtml", Html.escape(number(criterion.weight())));
        row.put("rawWeightHtml", Html.escape(String.valueOf(criterion.weight())));
        row.put("retired", criterion.retired());
        row.put("stateHtml", Html.escape(messages.text(criterion.retired() ? "transfer.practice.criteria.retired"
                : "transfer.practice.criteria.active")));
        return row;
    }

    private String dimensionName(Dimension dimension) {
        return messages.text(ShippedCriteria.dimensionName(dimension.key()));
    }

    private String from(double score) {
        return messages.text("transfer.practice.criteria.from", number(score));
    }

    private String number(double value) {
        return String.format(messages.locale(), "%.1f", value);
    }

    private static Map<String, Object> rule(String label, String value) {
        return Map.of("labelHtml", Html.escape(label), "valueHtml", Html.escape(value));
    }
}
