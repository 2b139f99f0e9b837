package eu.goodpractice.transfer.actionplan.rest;

import static eu.goodpractice.transfer.rest.JsonOutput.audit;
import static eu.goodpractice.transfer.rest.JsonOutput.person;
import static eu.goodpractice.transfer.rest.JsonOutput.text;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanProgress;
import eu.goodpractice.transfer.actionplan.PlanSummary;
import eu.goodpractice.transfer.rest.JsonOutput;
import eu.goodpractice.transfer.shared.Audit;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes plans and steps as JSON. People and pages of a whole list are looked up in one go, and a linked page the
 * reader may not view shows only its id.
 */
public class ActionPlanJson {
    private final UserDirectory users;
    private final PageDirectory pages;

    public ActionPlanJson(UserDirectory users, PageDirectory pages) {
        this.users = users;
        this.pages = pages;
    }

    /** A writer for the given plans that knows their people. */
    public Function<PlanSummary, JsonValue> plans(Collection<PlanSummary> summaries) {
        Set<String> keys = new HashSet<>();
        summaries.forEach(s -> collectPeople(keys, s.plan().responsibleKey(), s.plan().audit()));
        Map<String, Person> people = users.byKeys(keys);
        return summary -> plan(summary.plan(), summary.progress(), people);
    }

    public JsonObject plan(ActionPlan plan, PlanProgress progress) {
        return plans(List.of(new PlanSummary(plan, progress))).apply(new PlanSummary(plan, progress)).asObject();
    }

    /** A writer for the given steps that knows their people and pages; {@code today} decides what is overdue. */
    public Function<ActionStep, JsonValue> steps(Collection<ActionStep> steps, LocalDate today) {
        Set<String> keys = new HashSet<>();
        steps.forEach(s -> collectPeople(keys, s.ownerKey(), s.audit()));
        Map<String, Person> people = users.byKeys(keys);
        Map<Long, PageLink> links = pages.viewable(steps.stream().map(ActionStep::practicePageId)
                .filter(Objects::nonNull).distinct().toList());
        return step -> step(step, today, people, links);
    }

    public JsonObject step(ActionStep step, LocalDate today) {
        return steps(List.of(step), today).apply(step).asObject();
    }

    public JsonArray stepList(List<ActionStep> steps, LocalDate today) {
        Function<ActionStep, JsonValue> writer = steps(steps, today);
        JsonArray array = Json.array();
        steps.forEach(step -> array.add(writer.apply(step)));
        return array;
    }

    private static JsonObject plan(ActionPlan plan, PlanProgress progress, Map<String, Person> people) {
        JsonObject json = Json.object()
                .add("id", plan.id())
                .add("spaceKey", plan.spaceKey())
                .add("institution", plan.institution())
                .add("country", plan.country())
                .add("responsible", person(plan.responsibleKey(), people))
                .add("progress", Json.object().add("done", progress.done()).add("counted", progress.counted())
                        .add("overdue", progress.overdue()).add("percent", progress.percent()));
        return audit(json, plan.audit(), people);
    }

    private static JsonObject step(ActionStep step, LocalDate today, Map<String, Person> people,
                                   Map<Long, PageLink> links) {
        JsonArray stakeholders = Json.array();
        step.stakeholders().forEach(stakeholders::add);
        JsonObject json = Json.object()
                .add("id", step.id())
                .add("planId", step.planId())
                .add("position", step.position())
                .add("title", step.title())
                .add("description", text(step.description()))
                .add("owner", person(step.ownerKey(), people))
                .add("dueDate", step.dueDate() == null ? Json.NULL : Json.value(step.dueDate().toString()))
                .add("overdue", step.isOverdueOn(today))
                .add("status", step.status().name())
                .add("priority", step.priority().name())
                .add("practicePage", page(step.practicePageId(), links))
                .add("criterion", text(step.criterion()))
                .add("stakeholders", stakeholders)
                .add("anchoring", step.anchoring() == null ? Json.NULL : Json.value(step.anchoring().name()));
        return audit(json, step.audit(), people);
    }

    private static JsonValue page(Long pageId, Map<Long, PageLink> links) {
        if (pageId == null) {
            return Json.NULL;
        }
        PageLink link = links.get(pageId);
        JsonObject json = Json.object().add("id", pageId);
        return link == null ? json : json.add("title", link.title()).add("url", link.url());
    }

    private static void collectPeople(Set<String> keys, String main, Audit audit) {
        keys.add(main);
        JsonOutput.collectPeople(keys, audit);
    }
}
