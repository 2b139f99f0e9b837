package eu.goodpractice.transfer.assessment.macro;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.actionplan.ActionPlanService.LinkedStep;
import eu.goodpractice.transfer.assessment.AssessmentResult;
import eu.goodpractice.transfer.assessment.AssessmentResult.CriterionResult;
import eu.goodpractice.transfer.assessment.AssessmentResult.DimensionResult;
import eu.goodpractice.transfer.assessment.CountryAssessment;
import eu.goodpractice.transfer.assessment.RatingChange;
import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.CriterionQuestion;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.platform.HostLinks;
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

    /** The texts the rating form's script needs, keyed by their i18n key. */
    static final List<String> SCRIPT_TEXT_KEYS = List.of("transfer.assessment.js.rate",
            "transfer.assessment.js.close", "transfer.assessment.js.save", "transfer.assessment.js.saving",
            "transfer.assessment.js.loading", "transfer.assessment.js.failed", "transfer.assessment.js.invalid",
            "transfer.assessment.js.conflict", "transfer.assessment.js.value", "transfer.assessment.js.not-rated",
            "transfer.assessment.js.not-applicable", "transfer.assessment.js.dont-know",
            "transfer.assessment.js.rationale", "transfer.assessment.js.evidence-url",
            "transfer.assessment.js.form-title", "transfer.assessment.js.choose-plan",
            "transfer.assessment.js.create-step", "transfer.assessment.js.creating", "transfer.assessment.js.no-plans",
            "transfer.assessment.js.step-invalid", "transfer.assessment.js.step-forbidden");

    /** Who may rate and where: the reader may edit the space; without it the page shows the results only. */
    public record RatingForm(long pageId, String spaceKey, String userKey) {
    }

    private final Messages messages;
    private final UserDirectory users;
    private final HostLinks links;

    public TransferabilityView(Messages messages, UserDirectory users, HostLinks links) {
        this.messages = messages;
        this.users = users;
        this.links = links;
    }

    public Map<String, Object> page(List<CountryAssessment> countries) {
        return page(countries, null);
    }

    /** The results, and with a form (not null) what the rating script needs: a Rate button and data attributes. */
    public Map<String, Object> page(List<CountryAssessment> countries, RatingForm form) {
        return page(countries, form, Map.of());
    }

    /** As above, with the action-plan steps already taken on the practice's criteria, keyed by criterion. */
    public Map<String, Object> page(List<CountryAssessment> countries, RatingForm form,
                                    Map<String, List<LinkedStep>> steps) {
        return page(countries, form, steps, Map.of());
    }

    /** As above, with each country's rating history (keyed by country code), shown below its ratings. */
    public Map<String, Object> page(List<CountryAssessment> countries, RatingForm form,
                                    Map<String, List<LinkedStep>> steps, Map<String, List<RatingChange>> history) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("headingHtml", text("transfer.assessment.heading"));
        model.put("editable", form != null);
        if (form != null) {
            model.put("pageId", form.pageId());
            model.put("spaceKeyHtml", Html.escape(form.spaceKey()));
            model.put("userKeyHtml", Html.escape(form.userKey()));
            model.put("restBaseHtml", Html.escape(links.restBase()));
            JsonObject texts = Json.object();
            messages.texts(SCRIPT_TEXT_KEYS).forEach(texts::add);
            model.put("scriptTextHtml", Html.escape(texts.toString()));
            model.put("rateHtml", text("transfer.assessment.js.rate"));
            model.put("createStepHtml", text("transfer.assessment.js.create-step"));
        }
        model.put("countries", countries.stream()
                .map(c -> country(c, steps, history.getOrDefault(c.country(), List.of()))).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("dimensionHtml", text("transfer.assessment.dimension"));
        labels.put("scoreHtml", text("transfer.assessment.dimension-score"));
        labels.put("divergentHtml", text("transfer.assessment.divergent"));
        labels.put("strengthsHtml", text("transfer.assessment.strengths"));
        labels.put("weaknessesHtml", text("transfer.assessment.weaknesses"));
        labels.put("assessorsHtml", text("transfer.assessment.assessors"));
        labels.put("ratingsCaptionHtml", text("transfer.assessment.ratings.caption"));
        labels.put("criterionHtml", text("transfer.assessment.ratings.criterion"));
        labels.put("assessorHtml", text("transfer.assessment.ratings.assessor"));
        labels.put("valueHtml", text("transfer.assessment.ratings.value"));
        labels.put("rationaleHtml", text("transfer.assessment.ratings.rationale"));
        labels.put("evidenceHtml", text("transfer.assessment.ratings.evidence"));
        labels.put("historyCaptionHtml", text("transfer.assessment.history.caption"));
        labels.put("whenHtml", text("transfer.assessment.history.when"));
        labels.put("changeHtml", text("transfer.assessment.history.change"));
        model.put("text", labels);
        return model;
    }

    private Map<String, Object> country(CountryAssessment assessment, Map<String, List<LinkedStep>> steps,
                                        List<RatingChange> history) {
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
        model.put("weaknesses", result.weaknesses().stream().map(key -> BarrierSteps.barrier(key,
                rawQuestion(set, key), countryName, steps.getOrDefault(key, List.of()), messages)).toList());
        java.util.Set<String> keys = new java.util.TreeSet<>(result.assessors());
        assessment.ratings().forEach(r -> keys.add(r.assessorKey()));
        history.forEach(change -> keys.add(change.assessorKey()));
        Map<String, Person> people = users.byKeys(keys);
        model.put("assessorsHtml", Html.escape(result.assessors().stream()
                .map(key -> people.containsKey(key) ? people.get(key).displayName() : key)
                .sorted().collect(Collectors.joining(", "))));
        model.put("ratings", RatingsTable.rows(set, assessment.ratings(), people, messages));
        model.put("ratingsSummaryHtml", text("transfer.assessment.ratings.summary", assessment.ratings().size()));
        model.put("changes", RatingsTable.changes(set, history, people, messages));
        model.put("changesSummaryHtml", text("transfer.assessment.history.summary", history.size()));
        return model;
    }

    /** The criterion's question: the space's own wording, else the shipped translation. */
    private String question(CriteriaSet set, String criterionKey) {
        return Html.escape(rawQuestion(set, criterionKey));
    }

    private String rawQuestion(CriteriaSet set, String criterionKey) {
        return CriterionQuestion.of(set, criterionKey, messages);
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
