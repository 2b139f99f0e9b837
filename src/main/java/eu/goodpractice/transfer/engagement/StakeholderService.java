package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanStore;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.practice.PracticeStore;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stakeholder register and the engagement log of a space, with the space permissions on top: reading needs view
 * permission, changing needs edit permission. Contact persons are personal data and reach only the space's editors.
 */
public class StakeholderService {
    static final int LONG_TEXT = 10_000;
    /** Months the map's "engagement over time" covers, the current one included. */
    public static final int MONTHS_SHOWN = 12;

    private final StakeholderStore store;
    private final AccessPolicy access;
    private final StakeholderRules rules;
    private final PracticeStore practices;
    private final PageDirectory pages;
    private final ActionPlanStore plans;
    private final Clock clock;

    public StakeholderService(StakeholderStore store, AccessPolicy access, StakeholderRules rules,
                              PracticeStore practices, PageDirectory pages, ActionPlanStore plans, Clock clock) {
        this.store = store;
        this.access = access;
        this.rules = rules;
        this.practices = practices;
        this.pages = pages;
        this.plans = plans;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** True when the current user may change the space's register; they alone see contact persons. */
    public boolean canEdit(String spaceKey) {
        return access.currentUserKey().isPresent() && access.canEdit(spaceKey);
    }

    /* the map */

    public StakeholderMap map(String spaceKey) {
        requireView(spaceKey);
        YearMonth to = YearMonth.from(today());
        YearMonth from = to.minusMonths(MONTHS_SHOWN - 1L);
        boolean editor = canEdit(spaceKey);
        List<Engagement> engagements = store.engagementsInPeriod(spaceKey, from.atDay(1), to.atEndOfMonth());
        Set<Integer> stepIds = engagements.stream().flatMap(e -> e.actionStepIds().stream())
                .collect(Collectors.toSet());
        Map<Integer, ActionStep> steps = stepIds.isEmpty() ? Map.of() : plans.findSteps(stepIds).stream()
                .collect(Collectors.toMap(ActionStep::id, step -> step));
        return new StakeholderMap(spaceKey, shown(store.allStakeholdersInSpace(spaceKey), editor), engagements, from,
                to, editor, steps);
    }

    /** Engagements of the space in the period by stakeholder type and level, for the partnership report. */
    public List<EngagementTally> engagementsByTypeAndLevel(String spaceKey, LocalDate from, LocalDate to) {
        requireView(spaceKey);
        return store.engagementsByTypeAndLevel(spaceKey, from, to);
    }

    /* stakeholders */

    public Page<Stakeholder> stakeholders(String spaceKey, PageRequest request) {
        requireView(spaceKey);
        Page<Stakeholder> page = store.stakeholdersInSpace(spaceKey, request);
        return new Page<>(shown(page.items(), canEdit(spaceKey)), page.start(), page.limit(), page.total());
    }

    public Stakeholder stakeholder(int id) {
        Stakeholder stakeholder = existingStakeholder(id);
        requireView(stakeholder.spaceKey());
        return shown(List.of(stakeholder), canEdit(stakeholder.spaceKey())).get(0);
    }

    /** The stakeholders with these ids that the current user may see, contacts only for editors. */
    public List<Stakeholder> stakeholders(java.util.Collection<Integer> ids) {
        return store.stakeholders(ids).stream().filter(s -> access.canView(s.spaceKey()))
                .map(s -> shown(List.of(s), canEdit(s.spaceKey())).get(0)).toList();
    }

    public Stakeholder createStakeholder(StakeholderInput input) {
        InputText.trimmed(input.spaceKey()).ifPresent(this::requireEdit);
        StakeholderDraft draft = rules.validate(input);
        requireEdit(draft.spaceKey());
        return store.createStakeholder(draft, actor(), Instant.now(clock));
    }

    public Stakeholder updateStakeholder(int id, StakeholderInput input) {
        Stakeholder current = existingStakeholder(id);
        requireEdit(current.spaceKey());
        int version = InputText.version(input.parseErrors(), input.version());
        // a stakeholder stays in its space: the space sent, if any, is ignored
        StakeholderDraft draft = rules.validate(new StakeholderInput(current.spaceKey(), input.organisation(),
                input.type(), input.level(), input.country(), input.contactName(), input.contactRole(),
                input.contactEmail(), input.consentBy(), input.consentDate(), input.consentPurpose(),
                input.retired(), input.version(), input.parseErrors()));
        return store.updateStakeholder(id, version, draft, actor(), Instant.now(clock));
    }

    public void deleteStakeholder(int id, String version) {
        Stakeholder current = existingStakeholder(id);
        requireEdit(current.spaceKey());
        FieldErrors errors = new FieldErrors();
        int expected = InputText.version(errors, version);
        errors.throwIfAny();
        store.deleteStakeholder(id, expected);
    }

    /* engagements */

    public Page<Engagement> engagements(String spaceKey, PageRequest request) {
        requireView(spaceKey);
        return store.engagementsInSpace(spaceKey, request);
    }

    public Engagement engagement(int id) {
        Engagement engagement = existingEngagement(id);
        requireView(engagement.spaceKey());
        return engagement;
    }

    /** The stakeholders and action steps the engagements name, in two statements however many there are. */
    public EngagementLinks links(java.util.Collection<Engagement> engagements) {
        Set<Integer> stakeholderIds = engagements.stream().flatMap(e -> e.stakeholderIds().stream())
                .collect(Collectors.toSet());
        Set<Integer> stepIds = engagements.stream().flatMap(e -> e.actionStepIds().stream())
                .collect(Collectors.toSet());
        Map<Integer, Stakeholder> stakeholders = stakeholderIds.isEmpty() ? Map.of() : store.stakeholders(stakeholderIds)
                .stream().filter(s -> access.canView(s.spaceKey()))
                .collect(Collectors.toMap(Stakeholder::id, s -> s));
        Map<Integer, ActionStep> steps = stepIds.isEmpty() ? Map.of() : plans.findSteps(stepIds).stream()
                .collect(Collectors.toMap(ActionStep::id, step -> step));
        return new EngagementLinks(stakeholders, steps);
    }

    /** The space's plans by institution, each with its steps in order, for the engagement form's step picker. */
    public List<PlanSteps> stepChoices(String spaceKey) {
        requireView(spaceKey);
        List<ActionPlan> spacePlans = plans.plansInSpace(spaceKey, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
        Map<Integer, List<ActionStep>> byPlan = plans.stepsOfPlans(spacePlans.stream().map(ActionPlan::id).toList())
                .stream().collect(Collectors.groupingBy(ActionStep::planId));
        return spacePlans.stream().map(plan -> new PlanSteps(plan, byPlan.getOrDefault(plan.id(), List.of())))
                .toList();
    }

    public Engagement createEngagement(EngagementInput input) {
        InputText.trimmed(input.spaceKey()).ifPresent(this::requireEdit);
        EngagementDraft draft = validate(input, Set.of());
        requireEdit(draft.spaceKey());
        return store.createEngagement(draft, actor(), Instant.now(clock));
    }

    public Engagement updateEngagement(int id, EngagementInput input) {
        Engagement current = existingEngagement(id);
        requireEdit(current.spaceKey());
        int version = InputText.version(input.parseErrors(), input.version());
        EngagementDraft draft = validate(new EngagementInput(current.spaceKey(), input.date(), input.stakeholders(),
                input.format(), input.topic(), input.outcome(), input.followUp(), input.practices(),
                input.actionSteps(), input.version(), input.parseErrors()), Set.copyOf(current.stakeholderIds()));
        return store.updateEngagement(id, version, draft, actor(), Instant.now(clock));
    }

    public void deleteEngagement(int id, String version) {
        Engagement current = existingEngagement(id);
        requireEdit(current.spaceKey());
        FieldErrors errors = new FieldErrors();
        int expected = InputText.version(errors, version);
        errors.throwIfAny();
        store.deleteEngagement(id, expected);
    }

    /**
     * Checks an engagement, its links included: stakeholders and action steps of the same space only, and no retired
     * stakeholder unless it is among {@code keptStakeholders} (an old engagement keeps the ones it had).
     */
    private EngagementDraft validate(EngagementInput input, Set<Integer> keptStakeholders) {
        FieldErrors errors = input.parseErrors();
        String spaceKey = InputText.required(errors, "spaceKey", input.spaceKey(), InputText.SHORT_TEXT);
        LocalDate date = InputText.date(errors, "date", input.date());
        if (date == null && !errors.has("date")) {
            errors.add("date", "transfer.validation.required");
        }
        EngagementFormat format = InputText.trimmed(input.format()).isEmpty() ? null
                : InputText.choice(errors, "format", input.format(), EngagementFormat.class, null);
        if (format == null && !errors.has("format")) {
            errors.add("format", "transfer.validation.required");
        }
        String topic = InputText.required(errors, "topic", input.topic(), InputText.SHORT_TEXT);
        String outcome = InputText.optional(errors, "outcome", input.outcome(), LONG_TEXT);
        String followUp = InputText.optional(errors, "followUp", input.followUp(), LONG_TEXT);
        List<Integer> stakeholderIds = stakeholderIds(errors, spaceKey, input.stakeholders(), keptStakeholders);
        List<Long> practiceIds = practiceIds(errors, input.practices());
        List<Integer> stepIds = actionStepIds(errors, spaceKey, input.actionSteps());
        errors.throwIfAny();
        return new EngagementDraft(spaceKey, date, stakeholderIds, format, topic, outcome, followUp, practiceIds,
                stepIds);
    }

    private List<Integer> stakeholderIds(FieldErrors errors, String spaceKey, List<String> values,
                                         Set<Integer> keptStakeholders) {
        List<Integer> ids = ids(errors, "stakeholders", values).stream().map(Long::intValue).toList();
        if (ids.isEmpty() && !errors.has("stakeholders")) {
            errors.add("stakeholders", "transfer.validation.stakeholders-required");
            return ids;
        }
        Map<Integer, Stakeholder> ofSpace = store.stakeholders(ids).stream()
                .filter(s -> s.spaceKey().equals(spaceKey)).collect(Collectors.toMap(Stakeholder::id, s -> s));
        ids.stream().filter(id -> !ofSpace.containsKey(id)).findFirst()
                .ifPresent(id -> errors.add("stakeholders", "transfer.validation.stakeholder", String.valueOf(id)));
        ids.stream().map(ofSpace::get).filter(s -> s != null && s.retired() && !keptStakeholders.contains(s.id()))
                .findFirst().ifPresent(s -> errors.add("stakeholders", "transfer.validation.stakeholder-retired",
                        s.organisation()));
        return ids;
    }

    private List<Long> practiceIds(FieldErrors errors, List<String> values) {
        List<Long> ids = ids(errors, "practices", values);
        Set<Long> viewable = ids.isEmpty() ? Set.of() : pages.viewable(ids).keySet();
        for (long id : ids) {
            boolean registered = viewable.contains(id) && practices.find(id).filter(p -> !p.trashed()).isPresent();
            if (!registered) {
                errors.add("practices", "transfer.validation.practice", String.valueOf(id));
            }
        }
        return ids;
    }

    private List<Integer> actionStepIds(FieldErrors errors, String spaceKey, List<String> values) {
        List<Integer> ids = ids(errors, "actionSteps", values).stream().map(Long::intValue).toList();
        if (ids.isEmpty() || spaceKey == null) {
            return ids;
        }
        Set<Integer> planIds = plans.plansInSpace(spaceKey, new PageRequest(0, PageRequest.MAX_LIMIT)).items()
                .stream().map(ActionPlan::id).collect(Collectors.toSet());
        Set<Integer> ofSpace = plans.findSteps(ids).stream().filter(step -> planIds.contains(step.planId()))
                .map(ActionStep::id).collect(Collectors.toSet());
        ids.stream().filter(id -> !ofSpace.contains(id)).findFirst()
                .ifPresent(id -> errors.add("actionSteps", "transfer.validation.action-step", String.valueOf(id)));
        return ids;
    }

    /** Distinct positive ids in the order given; anything else is a problem of the field. */
    private static List<Long> ids(FieldErrors errors, String field, List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            if (InputText.trimmed(value).isEmpty()) {
                continue;
            }
            Long id = InputText.positiveNumber(errors, field, value);
            if (id != null && id <= Integer.MAX_VALUE) {
                ids.add(id);
            } else if (id != null) {
                errors.add(field, "transfer.validation.number", value);
            }
        }
        return new ArrayList<>(ids);
    }

    /** Viewers see the organisation, never the contact person. */
    private static List<Stakeholder> shown(List<Stakeholder> stakeholders, boolean editor) {
        if (editor) {
            return stakeholders;
        }
        return stakeholders.stream().map(s -> s.contact() == null ? s : new Stakeholder(s.id(), s.spaceKey(),
                s.organisation(), s.type(), s.level(), s.country(), null, s.retired(), s.audit())).toList();
    }

    private Stakeholder existingStakeholder(int id) {
        return store.findStakeholder(id)
                .orElseThrow(() -> new NotFoundException("transfer.error.stakeholder-not-found", id));
    }

    private Engagement existingEngagement(int id) {
        return store.findEngagement(id)
                .orElseThrow(() -> new NotFoundException("transfer.error.engagement-not-found", id));
    }

    private void requireView(String spaceKey) {
        if (!access.canView(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
    }

    private void requireEdit(String spaceKey) {
        if (!canEdit(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-edit-permission");
        }
    }

    private String actor() {
        return access.currentUserKey().orElseThrow(() -> new AccessDeniedException("transfer.error.login-required"));
    }
}
