package eu.goodpractice.transfer.actionplan.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanStore;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanDraft;
import eu.goodpractice.transfer.actionplan.PlanProgress;
import eu.goodpractice.transfer.actionplan.StepDraft;
import eu.goodpractice.transfer.actionplan.StepFilter;
import eu.goodpractice.transfer.actionplan.StepStatus;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link ActionPlanStore} on Active Objects. Entities stay in here; callers get domain records. */
public class ActiveObjectsActionPlanStore implements ActionPlanStore {
    private final ActiveObjects ao;

    public ActiveObjectsActionPlanStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /* plans */

    @Override
    public Optional<ActionPlan> findPlan(int planId) {
        return Optional.ofNullable(ao.get(AoActionPlan.class, planId)).map(AoMapping::plan);
    }

    @Override
    public Optional<ActionPlan> findPlan(String spaceKey, String institution) {
        AoActionPlan[] found = ao.find(AoActionPlan.class, Query.select()
                .where(AoActionPlan.SPACE_KEY + " = ? AND " + AoActionPlan.INSTITUTION_KEY + " = ?",
                        spaceKey, institutionKey(institution))
                .limit(1));
        return Arrays.stream(found).findFirst().map(AoMapping::plan);
    }

    @Override
    public Page<ActionPlan> plansInSpace(String spaceKey, PageRequest request) {
        String where = AoActionPlan.SPACE_KEY + " = ?";
        int total = ao.count(AoActionPlan.class, Query.select().where(where, spaceKey));
        AoActionPlan[] rows = ao.find(AoActionPlan.class, Query.select().where(where, spaceKey)
                .order(AoActionPlan.INSTITUTION_KEY + " ASC, ID ASC")
                .offset(request.start()).limit(request.limit()));
        return new Page<>(Arrays.stream(rows).map(AoMapping::plan).toList(), request.start(), request.limit(), total);
    }

    @Override
    public List<ActionPlan> plansIn(Collection<String> spaceKeys, String country) {
        if (spaceKeys != null && spaceKeys.isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (spaceKeys != null) {
            conditions.add(AoActionPlan.SPACE_KEY + " IN (" + placeholders(spaceKeys.size()) + ")");
            params.addAll(spaceKeys);
        }
        if (country != null) {
            conditions.add("COUNTRY = ?");
            params.add(country);
        }
        Query query = Query.select().order(AoActionPlan.SPACE_KEY + " ASC, " + AoActionPlan.INSTITUTION_KEY
                + " ASC, ID ASC");
        if (!conditions.isEmpty()) {
            query = query.where(String.join(" AND ", conditions), params.toArray());
        }
        return Arrays.stream(ao.find(AoActionPlan.class, query)).map(AoMapping::plan).toList();
    }

    @Override
    public List<ActionStep> stepsOnAnyCriterion(Collection<Integer> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        AoActionStep[] rows = ao.find(AoActionStep.class, Query.select()
                .where("CRITERION IS NOT NULL AND " + AoActionStep.PLAN_ID + " IN (" + placeholders(planIds.size())
                        + ")", planIds.toArray())
                .order(AoActionStep.PLAN_ID + " ASC, " + AoActionStep.SORT_KEY + " ASC, ID ASC"));
        return Arrays.stream(rows).map(AoMapping::step).toList();
    }

    @Override
    public void forEachStepChunk(Collection<Integer> planIds, StepFilter filter, LocalDate today, int chunkSize,
                                 Consumer<List<ActionStep>> sink) {
        if (planIds.isEmpty()) {
            return;
        }
        StringBuilder where = new StringBuilder(AoActionStep.PLAN_ID + " IN (" + placeholders(planIds.size()) + ")");
        List<Object> params = new ArrayList<>(planIds);
        if (filter.status() != null) {
            where.append(" AND ").append(AoActionStep.STATUS).append(" = ?");
            params.add(filter.status().name());
        }
        if (filter.overdueOnly()) {
            // ISO dates compare as text; open = neither done nor dropped
            where.append(" AND ").append(AoActionStep.DUE_DATE).append(" < ? AND ").append(AoActionStep.STATUS)
                    .append(" NOT IN (?, ?)");
            params.add(today.toString());
            params.add(StepStatus.DONE.name());
            params.add(StepStatus.DROPPED.name());
        }
        where.append(" AND ID > ?");
        int lastId = 0;
        while (true) {
            Object[] chunkParams = params.toArray(new Object[params.size() + 1]);
            chunkParams[params.size()] = lastId;
            AoActionStep[] rows = ao.find(AoActionStep.class, Query.select().where(where.toString(), chunkParams)
                    .order("ID ASC").limit(chunkSize));
            if (rows.length > 0) {
                sink.accept(Arrays.stream(rows).map(AoMapping::step).toList());
            }
            if (rows.length < chunkSize) {
                return;
            }
            lastId = rows[rows.length - 1].getID();
        }
    }

    @Override
    public Map<Integer, PlanProgress> progressOf(Collection<Integer> planIds, LocalDate today) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        Map<Integer, int[]> counts = new HashMap<>();
        String todayText = today.toString();
        // one streamed SELECT of four narrow columns for all plans, however many steps they hold
        ao.stream(AoActionStep.class, Query.select("ID, " + AoActionStep.PLAN_ID + ", " + AoActionStep.STATUS + ", "
                        + AoActionStep.DUE_DATE).where(AoActionStep.PLAN_ID + " IN (" + placeholders(planIds.size()) + ")",
                        planIds.toArray()),
                step -> tally(counts.computeIfAbsent(step.getPlanId(), id -> new int[3]), step, todayText));
        Map<Integer, PlanProgress> progress = new HashMap<>();
        counts.forEach((planId, c) -> progress.put(planId, new PlanProgress(c[0], c[1], c[2])));
        return progress;
    }

    private static void tally(int[] counts, AoActionStep step, String today) {
        StepStatus status = StepStatus.valueOf(step.getStatus());
        if (status == StepStatus.DROPPED) {
            return;
        }
        counts[1]++;
        if (status == StepStatus.DONE) {
            counts[0]++;
        } else if (step.getDueDate() != null && step.getDueDate().compareTo(today) < 0) {
            counts[2]++;
        }
    }

    @Override
    public ActionPlan createPlan(PlanDraft draft, String actor, Instant now) {
        Date at = Date.from(now);
        AoActionPlan row = ao.create(AoActionPlan.class,
                new DBParam(AoActionPlan.SPACE_KEY, draft.spaceKey()),
                new DBParam("INSTITUTION", draft.institution()),
                new DBParam(AoActionPlan.INSTITUTION_KEY, institutionKey(draft.institution())),
                new DBParam("COUNTRY", draft.country()),
                new DBParam("RESPONSIBLE_KEY", draft.responsibleKey()),
                new DBParam("CREATED_BY", actor),
                new DBParam("CREATED_AT", at),
                new DBParam("UPDATED_BY", actor),
                new DBParam("UPDATED_AT", at),
                new DBParam("LOCK_VERSION", 0));
        return AoMapping.plan(row);
    }

    @Override
    public ActionPlan updatePlan(int planId, int expectedVersion, PlanDraft draft, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            AoActionPlan row = lockedPlan(planId);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(AoMapping.plan(row));
            }
            row.setInstitution(draft.institution());
            row.setInstitutionKey(institutionKey(draft.institution()));
            row.setCountry(draft.country());
            row.setResponsibleKey(draft.responsibleKey());
            row.setUpdatedBy(actor);
            row.setUpdatedAt(Date.from(now));
            row.setLockVersion(expectedVersion + 1);
            row.save();
            return AoMapping.plan(row);
        });
    }

    @Override
    public void deletePlan(int planId, int expectedVersion) {
        ao.executeInTransaction(() -> {
            AoActionPlan row = lockedPlan(planId);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(AoMapping.plan(row));
            }
            ao.deleteWithSQL(AoActionStep.class, AoActionStep.PLAN_ID + " = ?", planId);
            ao.delete(row);
            return null;
        });
    }

    /* steps */

    @Override
    public List<ActionStep> steps(int planId) {
        return Arrays.stream(ao.find(AoActionStep.class, stepsOf(planId))).map(AoMapping::step).toList();
    }

    @Override
    public Page<ActionStep> steps(int planId, PageRequest request) {
        int total = ao.count(AoActionStep.class, Query.select().where(AoActionStep.PLAN_ID + " = ?", planId));
        AoActionStep[] rows = ao.find(AoActionStep.class,
                stepsOf(planId).offset(request.start()).limit(request.limit()));
        return new Page<>(Arrays.stream(rows).map(AoMapping::step).toList(), request.start(), request.limit(), total);
    }

    @Override
    public Optional<ActionStep> findStep(int planId, int stepId) {
        return Optional.ofNullable(ao.get(AoActionStep.class, stepId))
                .filter(row -> row.getPlanId() == planId)
                .map(AoMapping::step);
    }

    @Override
    public List<ActionStep> findSteps(Collection<Integer> stepIds) {
        if (stepIds.isEmpty()) {
            return List.of();
        }
        AoActionStep[] rows = ao.find(AoActionStep.class, Query.select()
                .where("ID IN (" + placeholders(stepIds.size()) + ")", stepIds.toArray()).order("ID ASC"));
        return Arrays.stream(rows).map(AoMapping::step).toList();
    }

    @Override
    public List<ActionStep> stepsOfPlans(Collection<Integer> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        AoActionStep[] rows = ao.find(AoActionStep.class, Query.select()
                .where(AoActionStep.PLAN_ID + " IN (" + placeholders(planIds.size()) + ")", planIds.toArray())
                .order(AoActionStep.PLAN_ID + " ASC, " + AoActionStep.SORT_KEY + " ASC, ID ASC"));
        return Arrays.stream(rows).map(AoMapping::step).toList();
    }

    @Override
    public List<ActionStep> stepsOnCriteria(long practicePageId, Collection<Integer> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        Object[] params = new Object[planIds.size() + 1];
        params[0] = practicePageId;
        System.arraycopy(planIds.toArray(), 0, params, 1, planIds.size());
        // one SELECT for every barrier of the page (the entity is preloaded), however many plans and steps
        AoActionStep[] rows = ao.find(AoActionStep.class, Query.select()
                .where(AoActionStep.PRACTICE_PAGE_ID + " = ? AND CRITERION IS NOT NULL AND " + AoActionStep.PLAN_ID
                        + " IN (" + placeholders(planIds.size()) + ")", params)
                .order(AoActionStep.PLAN_ID + " ASC, " + AoActionStep.SORT_KEY + " ASC, ID ASC"));
        return Arrays.stream(rows).map(AoMapping::step).toList();
    }

    @Override
    public ActionStep createStep(int planId, StepDraft draft, String actor, Instant now) {
        return ao.executeInTransaction(() -> {
            lockedPlan(planId); // two new steps of one plan never get the same place
            AoActionStep[] last = ao.find(AoActionStep.class, Query.select()
                    .where(AoActionStep.PLAN_ID + " = ?", planId)
                    .order(AoActionStep.SORT_KEY + " DESC").limit(1));
            int sortKey = last.length == 0 ? 0 : last[0].getSortKey() + 1;
            Date at = Date.from(now);
            List<DBParam> params = new ArrayList<>(AoMapping.stepContent(draft));
            params.add(new DBParam(AoActionStep.PLAN_ID, planId));
            params.add(new DBParam(AoActionStep.SORT_KEY, sortKey));
            params.add(new DBParam("CREATED_BY", actor));
            params.add(new DBParam("CREATED_AT", at));
            params.add(new DBParam("UPDATED_BY", actor));
            params.add(new DBParam("UPDATED_AT", at));
            params.add(new DBParam("LOCK_VERSION", 0));
            return AoMapping.step(ao.create(AoActionStep.class, params.toArray(DBParam[]::new)));
        });
    }

    @Override
    public ActionStep updateStep(int planId, int stepId, int expectedVersion, StepDraft draft, String actor,
                                 Instant now) {
        return ao.executeInTransaction(() -> {
            AoActionStep row = lockedStep(stepId);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(AoMapping.step(row));
            }
            AoMapping.copyContent(draft, row);
            row.setUpdatedBy(actor);
            row.setUpdatedAt(Date.from(now));
            row.setLockVersion(expectedVersion + 1);
            row.save();
            return AoMapping.step(row);
        });
    }

    @Override
    public void deleteStep(int planId, int stepId, int expectedVersion) {
        ao.executeInTransaction(() -> {
            lockedPlan(planId); // a reorder running meanwhile sees the step either present or gone
            AoActionStep row = lockedStep(stepId);
            if (row.getLockVersion() != expectedVersion) {
                throw new StaleVersionException(AoMapping.step(row));
            }
            ao.delete(row);
            return null;
        });
    }

    @Override
    public List<ActionStep> reorder(int planId, List<Integer> stepIds) {
        return ao.executeInTransaction(() -> {
            lockedPlan(planId); // no step is added or removed while the new order is checked and written
            AoActionStep[] rows = ao.find(AoActionStep.class, stepsOf(planId));
            Map<Integer, AoActionStep> byId = new HashMap<>();
            for (AoActionStep row : rows) {
                byId.put(row.getID(), row);
            }
            if (stepIds.size() != rows.length || !byId.keySet().equals(new HashSet<>(stepIds))) {
                throw new StaleVersionException(Arrays.stream(rows).map(AoMapping::step).toList(),
                        "transfer.error.steps-changed");
            }
            List<ActionStep> ordered = new ArrayList<>();
            for (int position = 0; position < stepIds.size(); position++) {
                AoActionStep row = byId.get(stepIds.get(position));
                if (row.getSortKey() != position) {
                    row.setSortKey(position);
                    row.save();
                }
                ordered.add(AoMapping.step(row));
            }
            return Collections.unmodifiableList(ordered);
        });
    }

    /** The plan, locked against other writers until the transaction ends (see {@link RowLocks}). */
    private AoActionPlan lockedPlan(int planId) {
        return RowLocks.lock(ao, AoActionPlan.class, planId, row -> row.setSpaceKey(row.getSpaceKey()))
                .orElseThrow(() -> new NotFoundException("transfer.error.plan-not-found", planId));
    }

    /** The step, locked against other writers until the transaction ends (see {@link RowLocks}). */
    private AoActionStep lockedStep(int stepId) {
        return RowLocks.lock(ao, AoActionStep.class, stepId, row -> row.setPlanId(row.getPlanId()))
                .orElseThrow(() -> new NotFoundException("transfer.error.step-not-found", stepId));
    }

    private static Query stepsOf(int planId) {
        return Query.select().where(AoActionStep.PLAN_ID + " = ?", planId)
                .order(AoActionStep.SORT_KEY + " ASC, ID ASC");
    }

    private static String institutionKey(String institution) {
        return institution.strip().toLowerCase(Locale.ROOT);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /* for reminders */

    @Override
    public List<ActionStep> openStepsDueBy(LocalDate lastDay) {
        // due dates are ISO text, so "on or before" is a text comparison; one SELECT for the whole site
        return Arrays.stream(ao.find(AoActionStep.class, Query.select()
                        .where(AoActionStep.DUE_DATE + " IS NOT NULL AND " + AoActionStep.DUE_DATE + " <= ? AND "
                                        + AoActionStep.STATUS + " NOT IN (?, ?)", lastDay.toString(),
                                StepStatus.DONE.name(), StepStatus.DROPPED.name())
                        .order(AoActionStep.DUE_DATE + " ASC, ID ASC")))
                .map(AoMapping::step).toList();
    }

    @Override
    public List<ActionStep> stepsDoneSince(Instant since) {
        return Arrays.stream(ao.find(AoActionStep.class, Query.select()
                        .where(AoActionStep.STATUS + " = ? AND UPDATED_AT >= ?", StepStatus.DONE.name(),
                                Date.from(since))
                        .order("ID ASC")))
                .map(AoMapping::step).toList();
    }

    @Override
    public List<ActionPlan> plans(Collection<Integer> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ao.find(AoActionPlan.class, Query.select()
                        .where("ID IN (" + placeholders(planIds.size()) + ")", planIds.toArray())
                        .order("ID ASC")))
                .map(AoMapping::plan).toList();
    }

    @Override
    public List<ActionPlan> plansWithResponsible() {
        return Arrays.stream(ao.find(AoActionPlan.class, Query.select()
                        .where("RESPONSIBLE_KEY IS NOT NULL")
                        .order(AoActionPlan.SPACE_KEY + " ASC, " + AoActionPlan.INSTITUTION_KEY + " ASC, ID ASC")))
                .map(AoMapping::plan).toList();
    }
}
