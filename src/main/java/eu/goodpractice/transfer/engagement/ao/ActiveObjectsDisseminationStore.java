package eu.goodpractice.transfer.engagement.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationDraft;
import eu.goodpractice.transfer.engagement.DisseminationStore;
import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.LinkCheck;
import eu.goodpractice.transfer.engagement.LinkReason;
import eu.goodpractice.transfer.engagement.LinkStatus;
import eu.goodpractice.transfer.engagement.LinkTarget;
import eu.goodpractice.transfer.engagement.ResultCategory;
import eu.goodpractice.transfer.platform.RowLocks;
import eu.goodpractice.transfer.shared.Audit;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link DisseminationStore} on Active Objects. Entities stay in here; callers get domain records. */
public class ActiveObjectsDisseminationStore implements DisseminationStore {
    private static final String NEWEST_FIRST = AoDissemination.ACTIVITY_DATE + " DESC, ID DESC";

    private final ActiveObjects ao;

    public ActiveObjectsDisseminationStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<DisseminationActivity> find(int id) {
        return Optional.ofNullable(ao.get(AoDissemination.class, id)).map(ActiveObjectsDisseminationStore::activity);
    }

    @Override
    public Page<DisseminationActivity> inSpace(String spaceKey, PageRequest request) {
        String where = AoDissemination.SPACE_KEY + " = ?";
        int total = ao.count(AoDissemination.class, Query.select().where(where, spaceKey));
        AoDissemination[] rows = ao.find(AoDissemination.class, Query.select().where(where, spaceKey)
                .order(NEWEST_FIRST).offset(request.start()).limit(request.limit()));
        return new Page<>(Arrays.stream(rows).map(ActiveObjectsDisseminationStore::activity).toList(),
                request.start(), request.limit(), total);
    }

    @Override
    public List<DisseminationTotal> totals(String spaceKey, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder(AoDissemination.SPACE_KEY + " = ?");
        List<Object> params = new ArrayList<>(List.of(spaceKey));
        if (from != null) {
            where.append(" AND ").append(AoDissemination.ACTIVITY_DATE).append(" >= ?");
            params.add(from.toString());
        }
        if (to != null) {
            where.append(" AND ").append(AoDissemination.ACTIVITY_DATE).append(" <= ?");
            params.add(to.toString());
        }
        Map<List<String>, long[]> sums = new HashMap<>();
        // one streamed SELECT of three narrow columns, summed here: the same on every database AO supports
        ao.stream(AoDissemination.class, Query.select("ID, " + AoDissemination.ACTIVITY_TYPE + ", "
                        + AoDissemination.COUNTRY + ", " + AoDissemination.REACH)
                        .where(where.toString(), params.toArray()),
                row -> {
                    long[] sum = sums.computeIfAbsent(Arrays.asList(row.getActivityType(), row.getCountry()),
                            key -> new long[2]);
                    sum[0]++;
                    sum[1] += row.getReach();
                });
        List<DisseminationTotal> totals = new ArrayList<>();
        sums.forEach((key, sum) -> totals.add(new DisseminationTotal(DisseminationType.valueOf(key.get(0)),
                key.get(1), (int) sum[0], sum[1])));
        totals.sort(Comparator.comparing(DisseminationTotal::type)
                .thenComparing(DisseminationTotal::country, Comparator.nullsLast(Comparator.naturalOrder())));
        return totals;
    }

    @Override
    public DisseminationActivity create(DisseminationDraft draft, String actor, Instant now) {
        Date at = Date.from(now);
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(AoDissemination.SPACE_KEY, draft.spaceKey()),
                new DBParam(AoDissemination.ACTIVITY_TYPE, draft.type().name()),
                new DBParam("CATEGORY", draft.category() == null ? null : draft.category().name()),
                new DBParam(AoDissemination.ACTIVITY_DATE, draft.date().toString()),
                new DBParam("TITLE", draft.title()),
                new DBParam("LANGUAGE_CODE", draft.language()),
                new DBParam(AoDissemination.COUNTRY, draft.country()),
                new DBParam("AUDIENCE", draft.audience()),
                new DBParam(AoDissemination.REACH, draft.reach()),
                new DBParam(AoDissemination.LINK_URL, draft.link()),
                new DBParam("PRACTICE_PAGE_IDS", LinkedIds.joinOrNull(draft.practicePageIds())),
                new DBParam("LINK_STATUS", LinkStatus.UNCHECKED.name()),
                new DBParam("CREATED_BY", actor),
                new DBParam("CREATED_AT", at),
                new DBParam("UPDATED_BY", actor),
                new DBParam("UPDATED_AT", at),
                new DBParam("LOCK_VERSION", 0)));
        return activity(ao.create(AoDissemination.class, params.toArray(DBParam[]::new)));
    }

    @Override
    public DisseminationActivity update(int id, int expectedVersion, DisseminationDraft draft, String actor,
                                        Instant now) {
        return ao.executeInTransaction(() -> {
            AoDissemination row = locked(id);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(activity(row));
            }
            if (!Objects.equals(row.getLinkUrl(), draft.link())) {
                record(row, LinkCheck.NEVER);
            }
            row.setActivityType(draft.type().name());
            row.setCategory(draft.category() == null ? null : draft.category().name());
            row.setActivityDate(draft.date().toString());
            row.setTitle(draft.title());
            row.setLanguageCode(draft.language());
            row.setCountry(draft.country());
            row.setAudience(draft.audience());
            row.setReach(draft.reach());
            row.setLinkUrl(draft.link());
            row.setPracticePageIds(LinkedIds.joinOrNull(draft.practicePageIds()));
            row.setUpdatedBy(actor);
            row.setUpdatedAt(Date.from(now));
            row.setLockVersion(expectedVersion + 1);
            row.save();
            return activity(row);
        });
    }

    @Override
    public void delete(int id, int expectedVersion) {
        ao.executeInTransaction(() -> {
            AoDissemination row = locked(id);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(activity(row));
            }
            ao.delete(row);
            return null;
        });
    }

    @Override
    public List<LinkTarget> links(String spaceKey) {
        List<LinkTarget> targets = new ArrayList<>();
        ao.stream(AoDissemination.class, Query.select("ID, " + AoDissemination.LINK_URL)
                        .where(AoDissemination.SPACE_KEY + " = ? AND " + AoDissemination.LINK_URL + " IS NOT NULL",
                                spaceKey),
                row -> targets.add(new LinkTarget(row.getID(), row.getLinkUrl())));
        targets.sort(Comparator.comparingInt(LinkTarget::activityId));
        return targets;
    }

    @Override
    public Set<String> spacesWithLinks() {
        Set<String> spaces = new TreeSet<>();
        ao.stream(AoDissemination.class, Query.select("ID, " + AoDissemination.SPACE_KEY)
                        .where(AoDissemination.LINK_URL + " IS NOT NULL"),
                row -> spaces.add(row.getSpaceKey()));
        return spaces;
    }

    @Override
    public void recordLinkChecks(Map<LinkTarget, LinkCheck> results) {
        if (results.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            // each row locked, in ID order, before its link is compared: an editor's change of the link then either
            // commits first (and this result, about the old link, is dropped) or waits and resets the status itself
            Map<Integer, List<Map.Entry<LinkTarget, LinkCheck>>> byActivity = new TreeMap<>();
            results.entrySet().forEach(result -> byActivity
                    .computeIfAbsent(result.getKey().activityId(), id -> new ArrayList<>()).add(result));
            byActivity.forEach((id, checks) -> RowLocks.lock(ao, AoDissemination.class, id,
                    row -> row.setSpaceKey(row.getSpaceKey())).ifPresent(row -> checks.forEach(result -> {
                        if (Objects.equals(row.getLinkUrl(), result.getKey().link())) {
                            record(row, result.getValue());
                            row.save();
                        }
                    })));
            return null;
        });
    }

    /** The activity, locked against other writers until the transaction ends (see {@link RowLocks}). */
    private AoDissemination locked(int id) {
        return RowLocks.lock(ao, AoDissemination.class, id, row -> row.setSpaceKey(row.getSpaceKey()))
                .orElseThrow(() -> new NotFoundException("transfer.dissemination.error.not-found", id));
    }

    private static void record(AoDissemination row, LinkCheck check) {
        row.setLinkStatus(check.status().name());
        row.setLinkCode(check.httpCode());
        row.setLinkReason(check.reason() == null ? null : check.reason().name());
        row.setLinkCheckedAt(check.checkedAt() == null ? null : Date.from(check.checkedAt()));
    }

    private static DisseminationActivity activity(AoDissemination row) {
        return new DisseminationActivity(row.getID(), row.getSpaceKey(),
                DisseminationType.valueOf(row.getActivityType()),
                row.getCategory() == null ? null
                        : ResultCategory.valueOf(row.getCategory()),
                LocalDate.parse(row.getActivityDate()), row.getTitle(), row.getLanguageCode(), row.getCountry(),
                row.getAudience(), row.getReach(), row.getLinkUrl(), LinkedIds.parse(row.getPracticePageIds()),
                new LinkCheck(LinkStatus.valueOf(row.getLinkStatus()), row.getLinkCode(),
                        row.getLinkReason() == null ? null : LinkReason.valueOf(row.getLinkReason()),
                        instant(row.getLinkCheckedAt())),
                new Audit(row.getCreatedBy(), instant(row.getCreatedAt()), row.getUpdatedBy(),
                        instant(row.getUpdatedAt()), row.getLockVersion()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
