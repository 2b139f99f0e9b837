package eu.goodpractice.transfer.assessment;

import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Assessments with their permissions and input rules. Reading needs the practice to exist (not trashed) and to be
 * viewable, as {@link PracticeService#practice} decides; rating needs edit permission in the practice's space. The
 * assessor is always the current user, who sends their whole batch for a practice and country at once.
 * <p>
 * A space assesses with its own copy of the criteria set when it has one, else with the shipped set, as
 * {@link CriteriaSetService#effective} decides; ratings under criteria the copy retired stay stored, unscored.
 * <p>
 * A batch is checked item by item and every problem is reported at once, under {@code ratings[i].criterion},
 * {@code ratings[i].value}, {@code ratings[i].rationale} and {@code ratings[i].evidenceUrl}: the criterion must be
 * an active criterion of the set and rated once; the value one of "1".."5", "NA", "DK"; a score needs a rationale
 * (every rating states its evidence), at most {@value #RATIONALE_LENGTH} characters; an evidence link is optional
 * but must be an http or https address.
 */
public class DefaultAssessmentService implements AssessmentService {
    static final int RATIONALE_LENGTH = 4000;
    static final int URL_LENGTH = 450;

    private final AssessmentStore store;
    private final PracticeService practices;
    private final AccessPolicy access;
    private final Clock clock;
    private final CriteriaSetService sets;
    private final ResultRefresh results;

    public DefaultAssessmentService(AssessmentStore store, PracticeService practices, AccessPolicy access,
                                    Clock clock, CriteriaSetService sets) {
        this.store = store;
        this.sets = sets;
        this.practices = practices;
        this.access = access;
        this.clock = clock;
        this.results = new ResultRefresh(store, pageId -> practices.stored(pageId).map(Practice::spaceKey),
                this::setOf);
    }

    /** The set in use in a space, for anyone who may view the space. */
    @Override
    public CriteriaSet criteriaSet(String spaceKey) {
        FieldErrors errors = new FieldErrors();
        String space = InputText.required(errors, "space", spaceKey, InputText.SHORT_TEXT);
        errors.throwIfAny();
        if (!access.canView(space)) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
        return setOf(space);
    }

    @Override
    public Map<String, CountryAssessment> assessments(long pageId) {
        Practice practice = practices.practice(pageId);
        CriteriaSet set = setOf(practice.spaceKey());
        Map<String, Integer> versions = store.versions(pageId);
        Map<String, CountryAssessment> assessments = new LinkedHashMap<>();
        store.ratingsByCountry(pageId).forEach((country, ratings) -> assessments.put(country,
                assessment(pageId, country, set, ratings, versions.getOrDefault(country, 0))));
        return assessments;
    }

    @Override
    public Map<String, CountryAssessment> assessments(long pageId, Collection<String> alsoCountries) {
        List<String> codes = alsoCountries.stream().map(DefaultAssessmentService::country).toList();
        Practice practice = practices.practice(pageId);
        CriteriaSet set = setOf(practice.spaceKey());
        Map<String, Integer> versions = store.versions(pageId);
        Map<String, List<Rating>> rated = store.ratingsByCountry(pageId);
        Map<String, CountryAssessment> assessments = new TreeMap<>();
        rated.forEach((country, ratings) -> assessments.put(country,
                assessment(pageId, country, set, ratings, versions.getOrDefault(country, 0))));
        codes.forEach(code -> assessments.computeIfAbsent(code, c -> assessment(pageId, c, set, List.of(), 0)));
        return assessments;
    }

    @Override
    public Map<String, List<RatingChange>> histories(long pageId) {
        practices.practice(pageId);
        return store.historyByCountry(pageId);
    }

    @Override
    public CountryAssessment assessment(long pageId, String country) {
        String code = country(country);
        Practice practice = practices.practice(pageId);
        return current(pageId, code, setOf(practice.spaceKey()));
    }

    @Override
    public CountryAssessment rate(long pageId, String country, List<RatingInput> ratings, String version) {
        String code = country(country);
        Practice practice = practices.practice(pageId);
        if (!practices.canEdit(practice.spaceKey())) {
            throw new AccessDeniedException("transfer.error.no-edit-permission");
        }
        String assessor = access.currentUserKey()
                .orElseThrow(() -> new AccessDeniedException("transfer.error.login-required"));
        CriteriaSet set = setOf(practice.spaceKey());
        FieldErrors errors = new FieldErrors();
        int expected = InputText.version(errors, version);
        Instant now = Instant.now(clock);
        List<Rating> valid = validate(errors, set, ratings == null ? List.of() : ratings, assessor, now);
        errors.throwIfAny();
        try {
            // the stored result is written in the ratings' transaction, so dashboards never score ratings
            // themselves and never show a result the ratings no longer give
            store.replaceRatings(pageId, code, assessor, valid, expected, set.key(), set.version(), now,
                    all -> ResultSummary.of(pageId, practice.spaceKey(), code, Scoring.result(set, all), now));
        } catch (StaleVersionException e) {
            throw new StaleVersionException(current(pageId, code, set), e.messageKey());
        }
        return current(pageId, code, set);
    }

    @Override
    public void refreshSummaries(String spaceKey) {
        results.rescore(spaceKey, Instant.now(clock));
    }

    @Override
    public List<RatingChange> history(long pageId, String country) {
        String code = country(country);
        practices.practice(pageId);
        return store.history(pageId, code);
    }

    /** The ratings that pass, in the order sent; every problem is recorded in {@code errors}. */
    static List<Rating> validate(FieldErrors errors, CriteriaSet set, List<RatingInput> inputs, String assessor,
                                 Instant now) {
        List<Rating> ratings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            RatingInput input = inputs.get(i);
            String field = "ratings[" + i + "].";
            String criterion = InputText.required(errors, field + "criterion", input.criterion(), 100);
            if (criterion != null) {
                boolean active = set.criterion(criterion).filter(c -> !c.retired()).isPresent();
                if (!active) {
                    errors.add(field + "criterion", "transfer.validation.choice", criterion);
                    criterion = null;
                } else if (!seen.add(criterion)) {
                    errors.add(field + "criterion", "transfer.validation.duplicate-criterion", criterion);
                    criterion = null;
                }
            }
            RatingValue value = null;
            if (InputText.trimmed(input.value()).isEmpty()) {
                errors.add(field + "value", "transfer.validation.required");
            } else {
                value = RatingValue.parse(input.value());
                if (value == null) {
                    errors.add(field + "value", "transfer.validation.choice", input.value().strip());
                }
            }
            boolean needsReason = value != null && value.isScore();
            String rationale = needsReason
                    ? InputText.required(errors, field + "rationale", input.rationale(), RATIONALE_LENGTH)
                    : InputText.optional(errors, field + "rationale", input.rationale(), RATIONALE_LENGTH);
            String evidenceUrl = InputText.optional(errors, field + "evidenceUrl", input.evidenceUrl(), URL_LENGTH);
            if (evidenceUrl != null && !InputText.isWebAddress(evidenceUrl)) {
                errors.add(field + "evidenceUrl", "transfer.validation.url", evidenceUrl);
                evidenceUrl = null;
            }
            if (criterion != null && value != null && !errors.has(field + "rationale")
                    && !errors.has(field + "evidenceUrl")) {
                ratings.add(new Rating(criterion, assessor, value, rationale, evidenceUrl, now));
            }
        }
        return ratings;
    }


    private CountryAssessment current(long pageId, String country, CriteriaSet set) {
        return assessment(pageId, country, set, store.ratings(pageId, country), store.version(pageId, country));
    }

    private static CountryAssessment assessment(long pageId, String country, CriteriaSet set, List<Rating> ratings,
                                                int version) {
        return new CountryAssessment(pageId, country, set, ratings, Scoring.result(set, ratings), version);
    }

    private static String country(String value) {
        FieldErrors errors = new FieldErrors();
        String code = InputText.country(errors, "country", value, true);
        errors.throwIfAny();
        return code;
    }

    /** The set a space assesses with: its own copy if it has one, else the shipped set. */
    private CriteriaSet setOf(String spaceKey) {
        return sets.effective(spaceKey);
    }
}
