package eu.goodpractice.transfer.actionplan.ao;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.StepDraft;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.shared.Audit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import net.java.ao.DBParam;

/** Turns rows into domain records and drafts into column values, so no entity leaves this package. */
final class AoMapping {
    private AoMapping() {
    }

    static ActionPlan plan(AoActionPlan row) {
        return new ActionPlan(row.getID(), row.getSpaceKey(), row.getInstitution(), row.getCountry(),
                row.getResponsibleKey(), new Audit(row.getCreatedBy(), instant(row.getCreatedAt()),
                row.getUpdatedBy(), instant(row.getUpdatedAt()), row.getLockVersion()));
    }

    static ActionStep step(AoActionStep row) {
        return new ActionStep(row.getID(), row.getPlanId(), row.getSortKey(), row.getTitle(), row.getDescription(),
                row.getOwnerKey(), row.getDueDate() == null ? null : LocalDate.parse(row.getDueDate()),
                StepStatus.valueOf(row.getStatus()), StepPriority.valueOf(row.getPriority()),
                row.getPracticePageId(), row.getCriterion(), lines(row.getStakeholders()),
                row.getAnchoring() == null ? null : AnchoringLevel.valueOf(row.getAnchoring()),
                new Audit(row.getCreatedBy(), instant(row.getCreatedAt()), row.getUpdatedBy(),
                        instant(row.getUpdatedAt()), row.getLockVersion()));
    }

    static List<DBParam> stepContent(StepDraft draft) {
        return List.of(
                new DBParam("TITLE", draft.title()),
                new DBParam("DESCRIPTION", draft.description()),
                new DBParam("OWNER_KEY", draft.ownerKey()),
                new DBParam(AoActionStep.DUE_DATE, draft.dueDate() == null ? null : draft.dueDate().toString()),
                new DBParam(AoActionStep.STATUS, draft.status().name()),
                new DBParam("PRIORITY", draft.priority().name()),
                new DBParam(AoActionStep.PRACTICE_PAGE_ID, draft.practicePageId()),
                new DBParam("CRITERION", draft.criterion()),
                new DBParam("STAKEHOLDERS", joinLines(draft.stakeholders())),
                new DBParam("ANCHORING", draft.anchoring() == null ? null : draft.anchoring().name()));
    }

    static void copyContent(StepDraft draft, AoActionStep row) {
        row.setTitle(draft.title());
        row.setDescription(draft.description());
        row.setOwnerKey(draft.ownerKey());
        row.setDueDate(draft.dueDate() == null ? null : draft.dueDate().toString());
        row.setStatus(draft.status().name());
        row.setPriority(draft.priority().name());
        row.setPracticePageId(draft.practicePageId());
        row.setCriterion(draft.criterion());
        row.setStakeholders(joinLines(draft.stakeholders()));
        row.setAnchoring(draft.anchoring() == null ? null : draft.anchoring().name());
    }

    private static String joinLines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
