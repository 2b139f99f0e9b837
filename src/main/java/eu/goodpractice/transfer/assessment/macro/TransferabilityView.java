package eu.goodpractice.transfer.assessment.macro;

import eu.goodpractice.transfer.assessment.AssessmentResult;
import eu.goodpractice.transfer.assessment.AssessmentResult.CriterionResult;
import eu.goodpractice.transfer.assessment.AssessmentResult.DimensionResult;
import eu.goodpractice.transfer.assessment.CountryAssessment;
import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds what the assessment template shows for each target country: the radar (SVG) with its table, the band in
 * words, coverage, divergent criteria, strengths, barriers and assessors. Strings are escaped; keys end in "Html".
 */
public class TransferabilityView {
    static final String TEMPLATE = "templates/assessment/transferability-assessment.vm";

    private final Messages messages;
    private final UserDirectory users;

    public TransferabilityView(Messages messages, UserDirectory users) {
        this.messages = messages;
        this.users = users;
    }

    public Map<String, Object> page(List<CountryAssessment> countries) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("headingHtml", text("transfer.assessment.heading"));
        model.put("countries", countries.stream().map(this::country).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("dimensionHtml", text("transfer.assessment.dimension"));
        labels.put("scoreHtml", text("transfer.assessment.dimension-score"));
        labels.put("divergentHtml", text("transfer.assessment.divergent"));
        labels.put("strengthsHtml", text("transfer.assessment.strengths"));
        labels.put("weaknessesHtml", text("transfer.assessment.weaknesses"));
        labels.put("assessorsHtml", text("transfer.assessment.assessors"));
        model.put("text", labels);
        return model;
    }

    private Map<String, Object> country(CountryAssessment assessment) {
        AssessmentResult result = assessment.result();
        CriteriaSet set = assessment.set();
        String countryName = countryName(assessment.country());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("code", assessment.country());
        model.put("titleHtml", text("transfer.assessment.country", countryName));
        model.put("assessed", !assessment.ratings().isEmpty());
        model.put("notAssessedHtml", text("transfer.assessment.not-assessed", countryName));
        model.put("bandSlug", result.band().map(AssessmentLabels::slug).orElse("incomplete"));
        model.put("bandHtml", result.band().map(b -> text(AssessmentLabels.band(b))).orElse(""));
        model.put("scoreHtml", result.overall() == null ? "" : text("transfer.assessment.score", result.overall()));
        model.put("complete", result.isComplete());
        model.put("incompleteHtml", text("transfer.assessment.incomplete", result.coverage(),
                set.rules().minimumCoverage()));
        model.put("coverageHtml", text("transfer.assessment.coverage", result.rated(), result.applicable(),
                result.coverage()));
        List<RadarChart.Axis> axes = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DimensionResult dimension : result.dimensions()) {
            String name = messages.text(ShippedCriteria.dimensionName(dimension.dimension()));
            axes.add(new RadarChart.Axis(name, dimension.score()));
            rows.add(Map.of("nameHtml", Html.escape(name), "scoreHtml", dimension.score() == null
                    ? text("transfer.assessment.not-scored") : Html.escape(number(dimension.score()))));
        }
        model.put("radarSvgHtml", RadarChart.svg(messages.text("transfer.assessment.radar-title", countryName), axes));
        model.put("dimensions", rows);
        model.put("divergent", result.criteria().stream().filter(CriterionResult::divergent)
                .map(c -> question(set, c.criterionKey())).toList());
        model.put("strengths", result.strengths().stream().map(key -> question(set, key)).toList());
        model.put("weaknesses", result.weaknesses().stream().map(key -> question(set, key)).toList());
        Map<String, Person> people = users.byKeys(result.assessors());
        model.put("assessorsHtml", Html.escape(result.assessors().stream()
                .map(key -> people.containsKey(key) ? people.get(key).displayName() : key)
                .sorted().collect(Collectors.joining(", "))));
        return model;
    }

    /** The criterion's question: the space's own wording, else the shipped translation. */
    private String question(CriteriaSet set, String criterionKey) {
        String custom = set.criterion(criterionKey).map(Criterion::customQuestion).orElse(null);
        return Html.escape(custom != null ? custom : messages.text(ShippedCriteria.question(criterionKey)));
    }

    private String countryName(String code) {
        return new Locale("", code).getDisplayCountry(messages.locale());
    }

    private String number(double value) {
        return String.format(messages.locale(), "%.1f", value);
    }

    private String text(String key, Object... arguments) {
        java.io.Serializable[] args = new java.io.Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = (java.io.Serializable) arguments[i];
        }
        return Html.escape(messages.text(key, args));
    }
}
