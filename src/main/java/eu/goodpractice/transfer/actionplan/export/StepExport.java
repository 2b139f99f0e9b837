package eu.goodpractice.transfer.actionplan.export;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanScope;
import eu.goodpractice.transfer.actionplan.StepFilter;
import eu.goodpractice.transfer.actionplan.macro.ActionPlanLabels;
import eu.goodpractice.transfer.actionplan.ActionPlanService.LinkedStep;
import eu.goodpractice.transfer.export.ExportColumn;
import eu.goodpractice.transfer.export.ExportTable;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The action steps export: one row per step of the plans in scope that the reader may view, with plan, status and
 * priority in words, owner by display name, due date as a date and overdue as yes or no. Read 500 steps at a time;
 * owners are looked up once per chunk.
 */
public class StepExport {
    static final int CHUNK = 500;

    private final ActionPlanService service;
    private final UserDirectory users;
    private final Messages messages;

    public StepExport(ActionPlanService service, UserDirectory users, Messages messages) {
        this.service = service;
        this.users = users;
        this.messages = messages;
    }

    /** A step as the export writes it. */
    public record Row(ActionPlan plan, ActionStep step, String ownerName, boolean overdue) {
    }

    public ExportTable<Row> table(PlanScope scope, StepFilter filter) {
        LocalDate today = service.today();
        List<ExportColumn<Row>> columns = List.of(
                ExportColumn.text("transfer.export.steps.space", row -> row.plan().spaceKey()),
                ExportColumn.text("transfer.export.steps.institution", row -> row.plan().institution()),
                ExportColumn.text("transfer.export.steps.country", row -> row.plan().country()),
                ExportColumn.text("transfer.export.steps.title", row -> row.step().title()),
                ExportColumn.text("transfer.export.steps.status", row -> messages.text(ActionPlanLabels.status(row.step().status()))),
                ExportColumn.text("transfer.export.steps.priority", row -> messages.text(ActionPlanLabels.priority(row.step().priority()))),
                ExportColumn.text("transfer.export.steps.owner", Row::ownerName),
                ExportColumn.date("transfer.export.steps.due", row -> row.step().dueDate()),
                ExportColumn.text("transfer.export.steps.overdue", row -> messages.text(row.overdue()
                        ? "transfer.export.yes" : "transfer.export.no")),
                ExportColumn.text("transfer.export.steps.criterion", row -> row.step().criterion()),
                ExportColumn.number("transfer.export.steps.practice", row -> row.step().practicePageId()),
                ExportColumn.dateTime("transfer.export.steps.updated", row -> row.step().audit().updatedAt()));
        return new ExportTable<>(messages.text("transfer.export.steps.file"), columns, sink ->
                service.forEachStep(scope, filter, CHUNK, chunk -> {
                    Map<String, Person> owners = owners(chunk);
                    for (LinkedStep linked : chunk) {
                        Person owner = owners.get(Objects.toString(linked.step().ownerKey(), ""));
                        sink.accept(new Row(linked.plan(), linked.step(), owner == null ? null : owner.displayName(),
                                linked.step().isOverdueOn(today)));
                    }
                }));
    }

    private Map<String, Person> owners(List<LinkedStep> chunk) {
        Set<String> keys = new HashSet<>();
        chunk.forEach(linked -> keys.add(linked.step().ownerKey()));
        keys.remove(null);
        return users.byKeys(keys);
    }
}
