package eu.goodpractice.transfer.engagement.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.engagement.Engagement;
import eu.goodpractice.transfer.engagement.EngagementDraft;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderDraft;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderStore;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.platform.RowLocks;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link StakeholderStore} on Active Objects. Entities stay in here; callers get domain records. */
public class ActiveObjectsStakeholderStore implements StakeholderStore {
    static final String IN_USE = "transfer.error.stakeholder-in-use";

    private final ActiveObjects ao;

    public ActiveObjectsStakeholderStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /* stakeholders */

    @Override
    public Optional<Stakeholder> findStakeholder(int id) {
        return Optional.ofNullable(ao.get(AoStakeholder.class, id)).map(EngagementMapping::stakeholder);
    }

    @Override
    public Page<Stakeholder> stakeholdersInSpace(String spaceKey, PageRequest request) {
        String where = AoStakeholder.SPACE_KEY + " = ?";
        int total = ao.count(AoStakeholder.class, Query.select().where(where, spaceKey));
        AoStakeholder[] rows = ao.find(AoStakeholder.class, Query.select().where(where, spaceKey)
                .order(AoStakeholder.SORT_NAME + " ASC, ID ASC").offset(request.start()).limit(request.limit()));
        return new Page<>(Arrays.stream(rows).map(EngagementMapping::stakeholder).toList(), request.start(),
                request.limit(), total);
    }

    @Override
    public List<Stakeholder> allStakeholdersInSpace(String spaceKey) {
        AoStakeholder[] rows = ao.find(AoStakeholder.class, Query.select()
                .where(AoStakeholder.SPACE_KEY + " = ?", spaceKey).order(AoStakeholder.SORT_NAME + " ASC, ID ASC"));
        return Arrays.stream(rows).map(EngagementMapping::stakeholder).toList();
    }

    @Override
    public List<Stakeholder> stakeholders(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        AoStakeholder[] rows = ao.find(AoStakeholder.class, Query.select()
                .where("ID IN (" + placeholders(ids.size()) + ")", ids.toArray()).order("ID ASC"));
        return Arrays.stream(rows).map(EngagementMapping::stakeholder).toList();
    }

    @Override
    public Stakeholder createStakeholder(StakeholderDraft draft, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            Date at = Date.from(now);
            AoStakeholder row = ao.create(AoStakeholder.class, new DBParam(AoStakeholder.SPACE_KEY, draft.spaceKey()),
                    new DBParam("ORGANISATION", draft.organisation()),
                    new DBParam(AoStakeholder.SORT_NAME, draft.organisation()),
                    new DBParam("ORG_TYPE", draft.type().name()), new DBParam("REACH", draft.level().name()),
                    new DBParam("COUNTRY", draft.country()), new DBParam("RETIRED", false),
                    new DBParam("CREATED_BY", actor), new DBParam("CREATED_AT", at),
                    new DBParam("UPDATED_BY", actor), new DBParam("UPDATED_AT", at), new DBParam("LOCK_VERSION", 0));
            EngagementMapping.copy(draft, row);
            row.save();
            return EngagementMapping.stakeholder(row);
        });
    }

    @Override
    public Stakeholder updateStakeholder(int id, int expectedVersion, StakeholderDraft draft, String actor,
                                         Instant now) {
        return ao.executeInTransaction(() -> {
            AoStakeholder row = lockedStakeholder(id);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(EngagementMapping.stakeholder(row));
            }
            EngagementMapping.copy(draft, row);
            row.setUpdatedBy(actor);
            row.setUpdatedAt(Date.from(now));
            row.setLockVersion(expectedVersion + 1);
            row.save();
            return EngagementMapping.stakeholder(row);
        });
    }

    @Override
    public void deleteStakeholder(int id, int expectedVersion) {
        ao.executeInTransaction(() -> {
            // an engagement naming it locks it first (below), so none can appear between this count and the delete
            AoStakeholder row = lockedStakeholder(id);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(EngagementMapping.stakeholder(row));
            }
            // the engagement history is evidence for the report: a stakeholder it names is retired, not deleted
            if (engagementCount(id) > 0) {
                throw new StaleVersionException(EngagementMapping.stakeholder(row), IN_USE);
            }
            ao.delete(row);
            return null;
        });
    }

    @Override
    public int engagementCount(int stakeholderId) {
        return ao.count(AoEngagement.class, Query.select()
                .where(AoEngagement.STAKEHOLDER_IDS + " LIKE ?", "%," + stakeholderId + ",%"));
    }

    /* engagements */

    @Override
    public Optional<Engagement> findEngagement(int id) {
        return Optional.ofNullable(ao.get(AoEngagement.class, id)).map(EngagementMapping::engagement);
    }

    @Override
    public Page<Engagement> engagementsInSpace(String spaceKey, PageRequest request) {
        String where = AoEngagement.SPACE_KEY + " = ?";
        int total = ao.count(AoEngagement.class, Query.select().where(where, spaceKey));
        AoEngagement[] rows = ao.find(AoEngagement.class, Query.select().where(where, spaceKey)
                .order(AoEngagement.ENGAGED_ON + " DESC, ID DESC").offset(request.start()).limit(request.limit()));
        return new Page<>(Arrays.stream(rows).map(EngagementMapping::engagement).toList(), request.start(),
                request.limit(), total);
    }

    @Override
    public List<Engagement> engagementsInPeriod(String spaceKey, LocalDate from, LocalDate to) {
        AoEngagement[] rows = ao.find(AoEngagement.class, Query.select()
                .where(AoEngagement.SPACE_KEY + " = ? AND " + AoEngagement.ENGAGED_ON + " >= ? AND "
                        + AoEngagement.ENGAGED_ON + " <= ?", spaceKey, from.toString(), to.toString())
                .order(AoEngagement.ENGAGED_ON + " ASC, ID ASC"));
        return Arrays.stream(rows).map(EngagementMapping::engagement).toList();
    }

    @Override
    public List<EngagementTally> engagementsByTypeAndLevel(String spaceKey, LocalDate from, LocalDate to) {
        Map<Integer, Stakeholder> byId = allStakeholdersInSpace(spaceKey).stream()
                .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Engagement engagement : engagementsInPeriod(spaceKey, from, to)) {
            Set<String> cells = new HashSet<>();
            for (int id : engagement.stakeholderIds()) {
                Stakeholder stakeholder = byId.get(id);
                if (stakeholder != null) {
                    cells.add(stakeholder.type().name() + "/" + stakeholder.level().name());
                }
            }
            cells.forEach(cell -> counts.merge(cell, 1, Integer::sum));
        }
        List<EngagementTally> tallies = new ArrayList<>();
        for (StakeholderType type : StakeholderType.values()) {
            for (StakeholderLevel level : StakeholderLevel.values()) {
                Integer count = counts.get(type.name() + "/" + level.name());
                if (count != null) {
                    tallies.add(new EngagementTally(type, level, count));
                }
            }
        }
        return tallies;
    }

    @Override
    public Engagement createEngagement(EngagementDraft draft, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            lockStakeholders(draft.stakeholderIds());
            Date at = Date.from(now);
            AoEngagement row = ao.create(AoEngagement.class, new DBParam(AoEngagement.SPACE_KEY, draft.spaceKey()),
                    new DBParam(AoEngagement.ENGAGED_ON, draft.date().toString()),
                    new DBParam(AoEngagement.STAKEHOLDER_IDS, LinkedIds.join(draft.stakeholderIds())),
                    new DBParam("FORMAT", draft.format().name()), new DBParam("TOPIC", draft.topic()),
                    new DBParam("CREATED_BY", actor), new DBParam("CREATED_AT", at),
                    new DBParam("UPDATED_BY", actor), new DBParam("UPDATED_AT", at), new DBParam("LOCK_VERSION", 0));
            EngagementMapping.copy(draft, row);
            row.save();
            return EngagementMapping.engagement(row);
        });
    }

    @Override
    public Engagement updateEngagement(int id, int expectedVersion, EngagementDraft draft, String actor,
                                       Instant now) {
        return ao.executeInTransaction(() -> {
            lockStakeholders(draft.stakeholderIds()); // parents first, as everywhere
            AoEngagement row = lockedEngagement(id);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(EngagementMapping.engagement(row));
            }
            EngagementMapping.copy(draft, row);
            row.setUpdatedBy(actor);
            row.setUpdatedAt(Date.from(now));
            row.setLockVersion(expectedVersion + 1);
            row.save();
            return EngagementMapping.engagement(row);
        });
    }

    @Override
    public void deleteEngagement(int id, int expectedVersion) {
        ao.executeInTransaction(() -> {
            AoEngagement row = lockedEngagement(id);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(EngagementMapping.engagement(row));
            }
            ao.delete(row);
            return null;
        });
    }

    /** The stakeholder, locked against other writers until the transaction ends (see {@link RowLocks}). */
    private AoStakeholder lockedStakeholder(int id) {
        return RowLocks.lock(ao, AoStakeholder.class, id, row -> row.setSpaceKey(row.getSpaceKey()))
                .orElseThrow(() -> new NotFoundException("transfer.error.stakeholder-not-found", id));
    }

    /** The engagement, locked against other writers until the transaction ends (see {@link RowLocks}). */
    private AoEngagement lockedEngagement(int id) {
        return RowLocks.lock(ao, AoEngagement.class, id, row -> row.setSpaceKey(row.getSpaceKey()))
                .orElseThrow(() -> new NotFoundException("transfer.error.engagement-not-found", id));
    }

    /**
     * Locks the stakeholders an engagement names, in ID order so two writers never wait on each other in a circle:
     * a stakeholder deleted meanwhile is then reported instead of being named by a dangling ID.
     */
    private void lockStakeholders(Collection<Integer> ids) {
        ids.stream().distinct().sorted().forEach(this::lockedStakeholder);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
