package eu.goodpractice.transfer.assessment.rest;

import static eu.goodpractice.transfer.rest.JsonOutput.person;
import static eu.goodpractice.transfer.rest.JsonOutput.text;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.assessment.AssessmentResult;
import eu.goodpractice.transfer.assessment.CountryAssessment;
import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.CriterionQuestion;
import eu.goodpractice.transfer.assessment.Dimension;
import eu.goodpractice.transfer.assessment.Rating;
import eu.goodpractice.transfer.assessment.RatingChange;
import eu.goodpractice.transfer.assessment.RatingValue;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes assessments, their history and criteria sets as JSON, and the ratings as CSV. The people of a whole answer
 * are looked up in one go; criterion and dimension texts are in the reader's language (a space's own wording of a
 * question wins over the shipped one).
 */
public class AssessmentJson {
    private final UserDirectory users;
    private final Messages messages;

    public AssessmentJson(UserDirectory users, Messages messages) {
        this.users = users;
        this.messages = messages;
    }

    /** The results of every assessed country, in country order, without the single ratings. */
    public JsonArray summaries(Collection<CountryAssessment> assessments) {
        Set<String> keys = new HashSet<>();
        assessments.forEach(a -> keys.addAll(a.result().assessors()));
        Map<String, Person> people = users.byKeys(keys);
        JsonArray list = Json.array();
        assessments.forEach(a -> list.add(head(a).add("result", result(a.result(), people))));
        return list;
    }

    /** One country's assessment in full: the result, every rating with its assessor, and the version to send. */
    public JsonObject assessment(CountryAssessment assessment) {
        Set<String> keys = new HashSet<>(assessment.result().assessors());
        assessment.ratings().forEach(r -> keys.add(r.assessorKey()));
        Map<String, Person> people = users.byKeys(keys);
        JsonArray ratings = Json.array();
        for (Rating rating : assessment.ratings()) {
            ratings.add(Json.object()
                    .add("criterion", rating.criterionKey())
                    .add("assessor", person(rating.assessorKey(), people))
                    .add("value", rating.value().code())
                    .add("rationale", text(rating.rationale()))
                    .add("evidenceUrl", text(rating.evidenceUrl()))
                    .add("updatedAt", rating.updatedAt().toString()));
        }
        return head(assessment).add("result", result(assessment.result(), people)).add("ratings", ratings);
    }

    /** Every change of a rating, oldest first. */
    public JsonArray history(List<RatingChange> changes) {
        Set<String> keys = new HashSet<>();
        changes.forEach(c -> keys.add(c.assessorKey()));
        Map<String, Person> people = users.byKeys(keys);
        JsonArray list = Json.array();
        for (RatingChange change : changes) {
            list.add(Json.object()
                    .add("criterion", change.criterionKey())
                    .add("assessor", person(change.assessorKey(), people))
                    .add("oldValue", code(change.oldValue()))
                    .add("newValue", code(change.newValue()))
                    .add("rationale", text(change.rationale()))
                    .add("at", change.at().toString()));
        }
        return list;
    }


    /** The set with its rules, and each dimension with its criteria, names, questions and level texts. */
    public JsonObject criteriaSet(CriteriaSet set) {
        JsonArray dimensions = Json.array();
        for (Dimension dimension : set.dimensions()) {
            JsonArray criteria = Json.array();
            for (Criterion criterion : set.criteria()) {
                if (!criterion.dimension().equals(dimension.key())) {
                    continue;
                }
                // a criterion a space added has only its own question: no translated level texts
                boolean shipped = CriterionQuestion.isShipped(criterion.key());
                JsonArray levels = Json.array();
                for (int level = 1; shipped && level <= 5; level++) {
                    levels.add(Json.object().add("level", level)
                            .add("text", messages.text(ShippedCriteria.level(criterion.key(), level))));
                }
                String question = CriterionQuestion.of(criterion, messages);
                criteria.add(Json.object().add("key", criterion.key()).add("weight", criterion.weight())
                        .add("retired", criterion.retired()).add("shipped", shipped).add("question", question)
                        .add("customQuestion", text(criterion.customQuestion())).add("levels", levels));
            }
            dimensions.add(Json.object().add("key", dimension.key()).add("weight", dimension.weight())
                    .add("name", messages.text(ShippedCriteria.dimensionName(dimension.key())))
                    .add("description", messages.text(ShippedCriteria.dimensionDescription(dimension.key())))
                    .add("criteria", criteria));
        }
        JsonObject rules = Json.object()
                .add("readyFrom", set.rules().readyFrom())
                .add("adaptationFrom", set.rules().adaptationFrom())
                .add("groundworkFrom", set.rules().groundworkFrom())
                .add("minimumCoverage", set.rules().minimumCoverage())
                .add("divergence", set.rules().divergence());
        return Json.object().add("key", set.key()).add("version", set.version()).add("spaceKey", text(set.spaceKey()))
                .add("rules", rules).add("dimensions", dimensions);
    }

    /**
     * Every rating as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads the accents), a header row,
     * commas between fields, fields with a comma, quote or line break in quotes (quotes doubled), and text that a
     * spreadsheet would run as a formula prefixed with an apostrophe.
     */
    public String csv(CountryAssessment assessment) {
        Map<String, Person> people = users.byKeys(assessment.ratings().stream().map(Rating::assessorKey).toList());
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, "country", "criterion", "dimension", "assessor", "value", "rationale", "evidence", "updated");
        for (Rating rating : assessment.ratings()) {
            Person person = people.get(rating.assessorKey());
            String dimension = assessment.set().criterion(rating.criterionKey()).map(Criterion::dimension).orElse("");
            line(csv, assessment.country(), rating.criterionKey(), dimension,
                    person == null ? rating.assessorKey() : person.displayName(), rating.value().code(),
                    rating.rationale(), rating.evidenceUrl(), rating.updatedAt().toString());
        }
        return csv.toString();
    }

    private JsonObject head(CountryAssessment assessment) {
        Locale locale = messages.locale();
        return Json.object()
                .add("pageId", assessment.pageId())
                .add("country", assessment.country())
                .add("countryName", new Locale("", assessment.country()).getDisplayCountry(locale))
                .add("set", Json.object().add("key", assessment.set().key()).add("version", assessment.set().version()))
                .add("version", assessment.version());
    }

    private static JsonObject result(AssessmentResult result, Map<String, Person> people) {
        JsonArray criteria = Json.array();
        for (AssessmentResult.CriterionResult c : result.criteria()) {
            criteria.add(Json.object()
                    .add("criterion", c.criterionKey())
                    .add("dimension", c.dimension())
                    .add("median", number(c.median()))
                    .add("spread", c.spread())
                    .add("divergent", c.divergent())
                    .add("scores", c.scores())
                    .add("notApplicable", c.notApplicable()));
        }
        JsonArray dimensions = Json.array();
        result.dimensions().forEach(d -> dimensions.add(Json.object().add("dimension", d.dimension())
                .add("score", number(d.score()))));
        JsonArray assessors = Json.array();
        result.assessors().stream().sorted().forEach(key -> assessors.add(person(key, people)));
        return Json.object()
                .add("overall", number(result.overall()))
                .add("band", result.band().map(band -> (JsonValue) Json.value(band.name())).orElse(Json.NULL))
                .add("complete", result.isComplete())
                .add("coverage", result.coverage())
                .add("rated", result.rated())
                .add("applicable", result.applicable())
                .add("dimensions", dimensions)
                .add("criteria", criteria)
                .add("strengths", strings(result.strengths()))
                .add("weaknesses", strings(result.weaknesses()))
                .add("assessors", assessors);
    }

    private static JsonValue number(Double value) {
        return value == null ? Json.NULL : Json.value(value);
    }

    private static JsonValue code(RatingValue value) {
        return value == null ? Json.NULL : Json.value(value.code());
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = Json.array();
        values.forEach(array::add);
        return array;
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
