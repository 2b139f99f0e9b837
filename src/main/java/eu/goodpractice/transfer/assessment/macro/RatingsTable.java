package eu.goodpractice.transfer.assessment.macro;

import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.CriterionQuestion;
import eu.goodpractice.transfer.assessment.Rating;
import eu.goodpractice.transfer.assessment.RatingChange;
import eu.goodpractice.transfer.assessment.RatingValue;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every assessor's rating of one country as table rows, so partners see each other's reasons and evidence, not only
 * the result. Values are words, never numbers alone; everything is escaped and only http(s) evidence becomes a link.
 */
final class RatingsTable {
    private RatingsTable() {
    }

    /** Rows in the order of the criteria set (retired criteria last), then by assessor name. */
    static List<Map<String, Object>> rows(CriteriaSet set, List<Rating> ratings, Map<String, Person> people,
                                          Messages messages) {
        List<String> order = set.activeCriteria().stream().map(Criterion::key).toList();
        Function<Rating, String> name = r -> people.containsKey(r.assessorKey())
                ? people.get(r.assessorKey()).displayName() : r.assessorKey();
        Comparator<Rating> byCriterion = Comparator.comparingInt(r -> {
            int index = order.indexOf(r.criterionKey());
            return index < 0 ? Integer.MAX_VALUE : index;
        });
        return ratings.stream()
                .sorted(byCriterion.thenComparing(Rating::criterionKey).thenComparing(name, String.CASE_INSENSITIVE_ORDER))
                .map(r -> row(set, r, name.apply(r), messages)).toList();
    }

    private static Map<String, Object> row(CriteriaSet set, Rating rating, String assessor, Messages messages) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("criterionHtml", Html.escape(CriterionQuestion.of(set, rating.criterionKey(), messages)));
        row.put("assessorHtml", Html.escape(assessor));
        row.put("valueHtml", Html.escape(value(rating.value(), messages)));
        row.put("rationaleHtml", Html.escape(rating.rationale()));
        String url = rating.evidenceUrl();
        row.put("evidenceUrlHtml", InputText.isWebAddress(url) ? Html.escape(url) : "");
        row.put("evidenceTextHtml", url == null || InputText.isWebAddress(url) ? "" : Html.escape(url));
        return row;
    }

    /** ISO date and time in UTC: the partners sit in several time zones, and one clock keeps the order readable. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The history as rows, newest first: when, who, which criterion, old and new value in words, why. */
    static List<Map<String, Object>> changes(CriteriaSet set, List<RatingChange> changes, Map<String, Person> people,
                                             Messages messages) {
        return changes.stream().sorted(Comparator.comparing(RatingChange::at).reversed()).map(change -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("whenHtml", Html.escape(WHEN.format(change.at())));
            Person person = people.get(change.assessorKey());
            row.put("assessorHtml", Html.escape(person != null ? person.displayName() : change.assessorKey()));
            row.put("criterionHtml", Html.escape(CriterionQuestion.of(set, change.criterionKey(), messages)));
            row.put("changeHtml", Html.escape(valueOrNone(change.oldValue(), messages) + " \u2192 "
                    + valueOrNone(change.newValue(), messages)));
            row.put("rationaleHtml", Html.escape(change.rationale()));
            return row;
        }).toList();
    }

    private static String valueOrNone(RatingValue value, Messages messages) {
        return value == null ? messages.text("transfer.assessment.history.none") : value(value, messages);
    }

    private static String value(RatingValue value, Messages messages) {
        return switch (value.kind()) {
            case SCORE -> messages.text("transfer.assessment.ratings.score", value.score());
            case NOT_APPLICABLE -> messages.text("transfer.assessment.js.not-applicable");
            case DONT_KNOW -> messages.text("transfer.assessment.js.dont-know");
        };
    }
}
