package eu.goodpractice.transfer.assessment.export;

import eu.goodpractice.transfer.assessment.AssessmentStore;
import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.CriteriaSetService;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.CriterionQuestion;
import eu.goodpractice.transfer.assessment.PracticeRating;
import eu.goodpractice.transfer.assessment.RatingValue;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.export.ExportColumn;
import eu.goodpractice.transfer.export.ExportTable;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeQuery;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ratings export: every current rating of the practices the reader may view (by space, or one practice), of
 * one target country or all, with practice, assessor by display name, criterion question and dimension in the
 * reader's language, value, rationale, evidence and date. The practices are listed first through the practice
 * service (its permission checks, page restrictions included); the ratings then stream 500 at a time.
 */
public class RatingExport {
    static final int CHUNK = 500;

    private final PracticeService practices;
    private final AssessmentStore store;
    private final CriteriaSetService criteria;
    private final UserDirectory users;
    private final Messages messages;
    private final AccessPolicy access;

    public RatingExport(PracticeService practices, AssessmentStore store, CriteriaSetService criteria,
                        UserDirectory users, Messages messages, AccessPolicy access) {
        this.practices = practices;
        this.access = access;
        this.store = store;
        this.criteria = criteria;
        this.users = users;
        this.messages = messages;
    }

    /** A rating as the export writes it. */
    public record Row(Practice practice, PracticeRating rating, String assessorName, String question,
                      String dimension) {
    }

    /**
     * The table for the practices of {@code spaceKeys} (null: every space the reader may view) or, when
     * {@code practicePageId} is given, that one practice (403/404 as for reading it); {@code country} the target
     * country or null.
     */
    public ExportTable<Row> table(Set<String> spaceKeys, Long practicePageId, String country) {
        Map<Long, Practice> viewable = practicePageId != null
                ? Map.of(practicePageId, practices.practice(practicePageId))
                : viewablePractices(spaceKeys);
        List<ExportColumn<Row>> columns = List.of(
                ExportColumn.text("transfer.export.ratings.practice", row -> row.practice().title()),
                ExportColumn.text("transfer.export.steps.space", row -> row.practice().spaceKey()),
                ExportColumn.text("transfer.export.ratings.country", row -> row.rating().country()),
                ExportColumn.text("transfer.export.ratings.assessor", Row::assessorName),
                ExportColumn.text("transfer.export.ratings.criterion", Row::question),
                ExportColumn.text("transfer.export.ratings.dimension", Row::dimension),
                ExportColumn.text("transfer.export.ratings.value", row -> value(row.rating().rating().value())),
                ExportColumn.text("transfer.export.ratings.rationale", row -> row.rating().rating().rationale()),
                ExportColumn.text("transfer.export.ratings.evidence", row -> row.rating().rating().evidenceUrl()),
                ExportColumn.dateTime("transfer.export.ratings.date", row -> row.rating().rating().updatedAt()));
        return new ExportTable<>(messages.text("transfer.export.ratings.file"), columns, sink -> {
            Map<String, CriteriaSet> sets = new HashMap<>();
            store.forEachRatingChunk(viewable.keySet(), country, CHUNK, chunk -> {
                Map<String, Person> assessors = assessors(chunk);
                for (PracticeRating rating : chunk) {
                    Practice practice = viewable.get(rating.pageId());
                    CriteriaSet set = sets.computeIfAbsent(practice.spaceKey(), criteria::effective);
                    String key = rating.rating().criterionKey();
                    String dimension = set.criterion(key).map(Criterion::dimension).orElse(null);
                    Person assessor = assessors.get(rating.rating().assessorKey());
                    sink.accept(new Row(practice, rating,
                            assessor == null ? rating.rating().assessorKey() : assessor.displayName(),
                            CriterionQuestion.of(set, key, messages),
                            dimension == null ? null : messages.text(ShippedCriteria.dimensionName(dimension))));
                }
            });
        });
    }

    private Map<Long, Practice> viewablePractices(Set<String> named) {
        // a named space the reader may not view is left out silently, as in every other export: a shared export link
        // gives each reader what they may view, an empty file at worst, and tells nobody which spaces exist
        Set<String> spaceKeys = named == null ? null
                : named.stream().filter(access::canView).collect(Collectors.toSet());
        Map<Long, Practice> viewable = new LinkedHashMap<>();
        if (spaceKeys != null && spaceKeys.isEmpty()) {
            return viewable; // the practice service would read an empty set as every space
        }
        PracticeQuery everything = new PracticeQuery(Set.of(), null, null, null, null, null);
        int start = 0;
        while (true) {
            Page<Practice> page = practices.list(spaceKeys, everything, new PageRequest(start, PageRequest.MAX_LIMIT));
            page.items().forEach(practice -> viewable.put(practice.pageId(), practice));
            start += PageRequest.MAX_LIMIT;
            if (start >= page.total()) {
                return viewable;
            }
        }
    }

    private Map<String, Person> assessors(List<PracticeRating> chunk) {
        Set<String> keys = new HashSet<>();
        chunk.forEach(rating -> keys.add(rating.rating().assessorKey()));
        return users.byKeys(keys);
    }

    /** A score as a number, "not applicable" and "don't know" in words. */
    private Object value(RatingValue value) {
        return switch (value.kind()) {
            case SCORE -> value.score();
            case NOT_APPLICABLE -> messages.text("transfer.export.ratings.not-applicable");
            case DONT_KNOW -> messages.text("transfer.export.ratings.dont-know");
        };
    }
}
