package eu.goodpractice.transfer.assessment.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.assessment.AssessmentStore;
import eu.goodpractice.transfer.assessment.PracticeRating;
import eu.goodpractice.transfer.assessment.Rating;
import eu.goodpractice.transfer.assessment.RatingChange;
import eu.goodpractice.transfer.assessment.RatingValue;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.platform.RowLocks;
import eu.goodpractice.transfer.shared.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link AssessmentStore} on Active Objects. Every read is one statement per table, whatever the number of ratings
 * ({@code @Preload} entities carry their columns, so reading a getter sends nothing).
 */
public class ActiveObjectsAssessmentStore implements AssessmentStore {
    private static final String RATING_ORDER = AoRating.COUNTRY + " ASC, " + AoRating.ASSESSOR_KEY + " ASC, "
            + AoRating.CRITERION_KEY + " ASC, ID ASC";

    private final ActiveObjects ao;

    public ActiveObjectsAssessmentStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Rating> ratings(long pageId, String country) {
        return Arrays.stream(ratingRows(pageId, country)).map(ActiveObjectsAssessmentStore::rating).toList();
    }

    @Override
    public Map<String, List<Rating>> ratingsByCountry(long pageId) {
        Map<String, List<Rating>> byCountry = new TreeMap<>();
        for (AoRating row : ao.find(AoRating.class, Query.select()
                .where(AoRating.PAGE_ID + " = ?", pageId).order(RATING_ORDER))) {
            byCountry.computeIfAbsent(row.getCountry(), country -> new ArrayList<>()).add(rating(row));
        }
        return byCountry;
    }

    @Override
    public Set<String> countries(long pageId) {
        Set<String> countries = new TreeSet<>();
        ao.stream(AoRating.class, Query.select("ID, " + AoRating.COUNTRY).where(AoRating.PAGE_ID + " = ?", pageId),
                row -> countries.add(row.getCountry()));
        return countries;
    }

    @Override
    public int version(long pageId, String country) {
        return versionRow(pageId, country).map(AoAssessmentVersion::getLockVersion).orElse(0);
    }

    @Override
    public Map<String, Integer> versions(long pageId) {
        Map<String, Integer> versions = new TreeMap<>();
        for (AoAssessmentVersion row : ao.find(AoAssessmentVersion.class, Query.select()
                .where(AoAssessmentVersion.PAGE_ID + " = ?", pageId))) {
            versions.merge(row.getCountry(), row.getLockVersion(), Math::max);
        }
        return versions;
    }

    @Override
    public int replaceRatings(long pageId, String country, String assessorKey, List<Rating> ratings,
                              int expectedVersion, String setKey, int setVersion, Instant now,
                              Function<List<Rating>, ResultSummary> resultOf) {
        try {
            return ao.executeInTransaction(() -> {
                int next = replaceLocked(pageId, country, assessorKey, ratings, expectedVersion, setKey, setVersion,
                        now);
                // read back inside the transaction: every assessor's ratings as they now stand, this batch included
                ResultSummary summary = resultOf.apply(ratings(pageId, country));
                if (summary != null) {
                    writeSummary(summary);
                }
                return next;
            });
        } catch (RuntimeException e) {
            if (RowLocks.isDuplicateKey(e)) {
                // another first batch for this practice and country won the race; the service adds the current state
                throw new StaleVersionException(null);
            }
            throw e;
        }
    }

    private int replaceLocked(long pageId, String country, String assessorKey, List<Rating> ratings,
                              int expectedVersion, String setKey, int setVersion, Instant now) {
        // batches for one practice and country wait for each other from here on, also the very first two
        RowLocks.lockNamed(ao, "assessment:" + pageId + ":" + country);
        Optional<AoAssessmentVersion> state = versionRow(pageId, country);
        int current = state.map(AoAssessmentVersion::getLockVersion).orElse(0);
        if (current != expectedVersion) {
            throw new StaleVersionException(ratings(pageId, country));
        }
        Map<String, AoRating> old = new LinkedHashMap<>();
        for (AoRating row : ratingRows(pageId, country)) {
            if (row.getAssessorKey().equals(assessorKey)) {
                old.put(row.getCriterionKey(), row);
            }
        }
        Date at = Date.from(now);
        List<Rating> stored = new ArrayList<>();
        for (Rating rating : ratings) {
            AoRating before = old.remove(rating.criterionKey());
            String oldValue = before == null ? null : before.getRatingValue();
            boolean changed = before == null || !oldValue.equals(rating.value().code())
                    || !Objects.equals(before.getRationale(), rating.rationale());
            if (changed) {
                change(pageId, country, rating.criterionKey(), assessorKey, oldValue, rating.value().code(),
                        rating.rationale(), at);
            }
            boolean untouched = !changed && Objects.equals(before.getEvidenceUrl(), rating.evidenceUrl());
            // an unchanged rating keeps the time it was last changed
            stored.add(new Rating(rating.criterionKey(), assessorKey, rating.value(), rating.rationale(),
                    rating.evidenceUrl(), untouched ? before.getUpdatedAt().toInstant() : now));
        }
        for (AoRating removed : old.values()) {
            change(pageId, country, removed.getCriterionKey(), assessorKey, removed.getRatingValue(), null, null,
                    at);
        }
        ao.deleteWithSQL(AoRating.class, AoRating.PAGE_ID + " = ? AND " + AoRating.COUNTRY + " = ? AND "
                + AoRating.ASSESSOR_KEY + " = ?", pageId, country, assessorKey);
        for (Rating rating : stored) {
            ao.create(AoRating.class,
                    new DBParam(AoRating.PAGE_ID, pageId),
                    new DBParam(AoRating.COUNTRY, country),
                    new DBParam(AoRating.CRITERION_KEY, rating.criterionKey()),
                    new DBParam(AoRating.ASSESSOR_KEY, assessorKey),
                    new DBParam("RATING_VALUE", rating.value().code()),
                    new DBParam("RATIONALE", rating.rationale()),
                    new DBParam("EVIDENCE_URL", rating.evidenceUrl()),
                    new DBParam("SET_KEY", setKey),
                    new DBParam("SET_VERSION", setVersion),
                    new DBParam("UPDATED_AT", Date.from(rating.updatedAt())));
        }
        int next = current + 1;
        if (state.isPresent()) {
            state.get().setLockVersion(next);
            state.get().save();
        } else {
            ao.create(AoAssessmentVersion.class,
                    new DBParam(AoAssessmentVersion.PAGE_ID, pageId),
                    new DBParam(AoAssessmentVersion.COUNTRY, country),
                    new DBParam("LOCK_VERSION", next));
        }
        return next;
    }

    @Override
    public List<RatingChange> history(long pageId, String country) {
        return Arrays.stream(ao.find(AoRatingChange.class, Query.select()
                        .where(AoRatingChange.PAGE_ID + " = ? AND " + AoRatingChange.COUNTRY + " = ?", pageId, country)
                        .order("CHANGED_AT ASC, ID ASC")))
                .map(ActiveObjectsAssessmentStore::change)
                .toList();
    }

    @Override
    public Map<String, List<RatingChange>> historyByCountry(long pageId) {
        Map<String, List<RatingChange>> byCountry = new TreeMap<>();
        for (AoRatingChange row : ao.find(AoRatingChange.class, Query.select()
                .where(AoRatingChange.PAGE_ID + " = ?", pageId).order("CHANGED_AT ASC, ID ASC"))) {
            byCountry.computeIfAbsent(row.getCountry(), c -> new ArrayList<>()).add(change(row));
        }
        return byCountry;
    }

    private static RatingChange change(AoRatingChange row) {
        return new RatingChange(row.getCriterionKey(), row.getAssessorKey(), RatingValue.parse(row.getOldValue()),
                RatingValue.parse(row.getNewValue()), row.getRationale(), row.getChangedAt().toInstant());
    }

    @Override
    public void purge(long pageId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoRatingChange.class, AoRatingChange.PAGE_ID + " = ?", pageId);
            ao.deleteWithSQL(AoRating.class, AoRating.PAGE_ID + " = ?", pageId);
            ao.deleteWithSQL(AoAssessmentVersion.class, AoAssessmentVersion.PAGE_ID + " = ?", pageId);
            ao.deleteWithSQL(AoResultSummary.class, AoResultSummary.PAGE_ID + " = ?", pageId);
            return null;
        });
    }

    @Override
    public void saveSummary(ResultSummary summary) {
        ao.executeInTransaction(() -> {
            writeSummary(summary);
            return null;
        });
    }

    /** Replaces the stored result, inside the caller's transaction (the stand-in's transactions do not nest). */
    private void writeSummary(ResultSummary summary) {
        ao.deleteWithSQL(AoResultSummary.class, AoResultSummary.PAGE_ID + " = ? AND " + AoResultSummary.COUNTRY
                + " = ?", summary.pageId(), summary.country());
        ao.create(AoResultSummary.class,
                new DBParam(AoResultSummary.PAGE_ID, summary.pageId()),
                new DBParam(AoResultSummary.SPACE_KEY, summary.spaceKey()),
                new DBParam(AoResultSummary.COUNTRY, summary.country()),
                new DBParam(AoResultSummary.SCORE, summary.score()),
                new DBParam(AoResultSummary.BAND, summary.band().map(Enum::name).orElse(null)),
                new DBParam(AoResultSummary.COVERAGE, summary.coverage()),
                new DBParam(AoResultSummary.ASSESSORS, summary.assessors()),
                new DBParam(AoResultSummary.UPDATED_AT, Date.from(summary.updatedAt())));
    }

    @Override
    public Map<Long, Set<String>> summarisedCountries() {
        Map<Long, Set<String>> countries = new HashMap<>();
        ao.stream(AoResultSummary.class, Query.select("ID, " + AoResultSummary.PAGE_ID + ", "
                + AoResultSummary.COUNTRY), row -> countries.computeIfAbsent(row.getPageId(), id -> new TreeSet<>())
                .add(row.getCountry()));
        return countries;
    }

    @Override
    public void moveSummaries(long pageId, String spaceKey) {
        ao.executeInTransaction(() -> {
            for (AoResultSummary row : ao.find(AoResultSummary.class, Query.select()
                    .where(AoResultSummary.PAGE_ID + " = ?", pageId))) {
                row.setSpaceKey(spaceKey);
                row.save();
            }
            return null;
        });
    }

    @Override
    public Set<Long> assessedPages() {
        Set<Long> pages = new TreeSet<>();
        ao.stream(AoAssessmentVersion.class, Query.select("ID, " + AoAssessmentVersion.PAGE_ID),
                row -> pages.add(row.getPageId()));
        return pages;
    }

    @Override
    public void forEachRatingChunk(java.util.Collection<Long> pageIds, String country, int chunkSize,
                                   java.util.function.Consumer<List<PracticeRating>> sink) {
        if (pageIds.isEmpty()) {
            return;
        }
        StringBuilder where = new StringBuilder(AoRating.PAGE_ID + " IN ("
                + String.join(", ", java.util.Collections.nCopies(pageIds.size(), "?")) + ")");
        List<Object> params = new ArrayList<>(pageIds);
        if (country != null) {
            where.append(" AND ").append(AoRating.COUNTRY).append(" = ?");
            params.add(country);
        }
        where.append(" AND ID > ?");
        int lastId = 0;
        while (true) {
            Object[] chunkParams = params.toArray(new Object[params.size() + 1]);
            chunkParams[params.size()] = lastId;
            AoRating[] rows = ao.find(AoRating.class, Query.select().where(where.toString(), chunkParams)
                    .order("ID ASC").limit(chunkSize));
            if (rows.length > 0) {
                sink.accept(Arrays.stream(rows)
                        .map(row -> new PracticeRating(row.getPageId(), row.getCountry(), rating(row))).toList());
            }
            if (rows.length < chunkSize) {
                return;
            }
            lastId = rows[rows.length - 1].getID();
        }
    }

    private AoRating[] ratingRows(long pageId, String country) {
        return ao.find(AoRating.class, Query.select()
                .where(AoRating.PAGE_ID + " = ? AND " + AoRating.COUNTRY + " = ?", pageId, country)
                .order(RATING_ORDER));
    }

    private Optional<AoAssessmentVersion> versionRow(long pageId, String country) {
        return Arrays.stream(ao.find(AoAssessmentVersion.class, Query.select()
                .where(AoAssessmentVersion.PAGE_ID + " = ? AND " + AoAssessmentVersion.COUNTRY + " = ?", pageId,
                        country).order("ID ASC").limit(1))).findFirst();
    }

    private void change(long pageId, String country, String criterion, String assessor, String oldValue,
                        String newValue, String rationale, Date at) {
        ao.create(AoRatingChange.class,
                new DBParam(AoRatingChange.PAGE_ID, pageId),
                new DBParam(AoRatingChange.COUNTRY, country),
                new DBParam("CRITERION_KEY", criterion),
                new DBParam("ASSESSOR_KEY", assessor),
                new DBParam("OLD_VALUE", oldValue),
                new DBParam("NEW_VALUE", newValue),
                new DBParam("RATIONALE", rationale),
                new DBParam("CHANGED_AT", at));
    }

    private static Rating rating(AoRating row) {
        return new Rating(row.getCriterionKey(), row.getAssessorKey(), RatingValue.parse(row.getRatingValue()),
                row.getRationale(), row.getEvidenceUrl(), row.getUpdatedAt().toInstant());
    }
}
