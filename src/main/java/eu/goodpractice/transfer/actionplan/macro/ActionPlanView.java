package eu.goodpractice.transfer.actionplan.macro;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.PlanProgress;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds what the action-plan template shows, as plain maps, lists, strings, numbers and booleans. Every string
 * meant for HTML is escaped here and its key ends in "Html", so the template only places it.
 */
public class ActionPlanView {
    static final String TEMPLATE = "templates/actionplan/action-plan.vm";
    static final String MISSING_TEMPLATE = "templates/actionplan/action-plan-missing.vm";

    private final UserDirectory users;
    private final PageDirectory pages;
    private final Messages messages;
    private final HostLinks links;

    public ActionPlanView(UserDirectory users, PageDirectory pages, Messages messages, HostLinks links) {
        this.users = users;
        this.pages = pages;
        this.messages = messages;
        this.links = links;
    }

    /** The model of a plan with its steps; {@code interactive} adds what the editing script needs. */
    public Map<String, Object> plan(ActionPlan plan, List<ActionStep> steps, PlanProgress progress, LocalDate today,
                                    boolean canEdit, boolean interactive) {
        Set<String> keys = new HashSet<>();
        keys.add(plan.responsibleKey());
        steps.forEach(step -> keys.add(step.ownerKey()));
        keys.remove(null);
        Map<String, Person> people = users.byKeys(keys);
        Map<Long, PageLink> pageLinks = pages.viewable(steps.stream().map(ActionStep::practicePageId)
                .filter(Objects::nonNull).distinct().toList());

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("planId", plan.id());
        model.put("planVersion", plan.audit().version());
        model.put("institutionHtml", Html.escape(plan.institution()));
        model.put("countryHtml", Html.escape(plan.country()));
        model.put("responsibleHtml", Html.escape(name(plan.responsibleKey(), people)));
        model.put("steps", steps.stream().map(step -> step(step, today, people, pageLinks)).toList());
        model.put("progress", progress(progress));
        model.put("editable", canEdit && interactive);
        model.put("restBaseHtml", Html.escape(links.restBase()));
        model.put("text", text(plan));
        model.put("scriptTextHtml", Html.escape(scriptTexts().toString()));
        return model;
    }

    /** The model of the notice for an institution without a plan; editors get a form to start one. */
    public Map<String, Object> missing(String spaceKey, String institution, boolean canEdit, boolean interactive) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("messageHtml", Html.escape(messages.text(canEdit
                ? "transfer.actionplan.macro.no-plan-editor" : "transfer.actionplan.macro.no-plan", institution)));
        model.put("spaceKeyHtml", Html.escape(spaceKey));
        model.put("institutionHtml", Html.escape(institution));
        model.put("restBaseHtml", Html.escape(links.restBase()));
        model.put("scriptTextHtml", Html.escape(scriptTexts().toString()));
        model.put("editable", canEdit && interactive);
        return model;
    }

    /** Progress as the template shows it: numbers and one sentence. */
    Map<String, Object> progress(PlanProgress progress) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("percent", progress.percent());
        model.put("done", progress.done());
        model.put("counted", progress.counted());
        model.put("overdue", progress.overdue());
        model.put("summaryHtml", Html.escape(messages.text("transfer.actionplan.progress.summary",
                progress.done(), progress.counted(), progress.percent())));
        model.put("overdueHtml", Html.escape(messages.text("transfer.actionplan.progress.overdue", progress.overdue())));
        return model;
    }

    private Map<String, Object> step(ActionStep step, LocalDate today, Map<String, Person> people,
                                     Map<Long, PageLink> pageLinks) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", step.id());
        model.put("titleHtml", Html.escape(step.title()));
        model.put("descriptionHtml", Html.escape(step.description()));
        model.put("ownerHtml", Html.escape(name(step.ownerKey(), people)));
        model.put("dueDateHtml", step.dueDate() == null ? "" : Html.escape(step.dueDate().toString()));
        model.put("overdue", step.isOverdueOn(today));
        model.put("statusSlug", ActionPlanLabels.slug(step.status()));
        model.put("statusHtml", Html.escape(messages.text(ActionPlanLabels.status(step.status()))));
        model.put("done", step.status() == StepStatus.DONE);
        model.put("prioritySlug", ActionPlanLabels.slug(step.priority()));
        model.put("priorityHtml", Html.escape(messages.text(ActionPlanLabels.priority(step.priority()))));
        model.put("anchoringHtml", step.anchoring() == null ? ""
                : Html.escape(messages.text(ActionPlanLabels.anchoring(step.anchoring()))));
        model.put("stakeholdersHtml", Html.escape(String.join(", ", step.stakeholders())));
        PageLink page = step.practicePageId() == null ? null : pageLinks.get(step.practicePageId());
        model.put("pageTitleHtml", page == null ? "" : Html.escape(page.title()));
        model.put("pageUrlHtml", page == null ? "" : Html.escape(page.url()));
        model.put("dataHtml", Html.escape(editableData(step, people).toString()));
        return model;
    }

    /** What the edit form starts from, including the version the save must send. */
    private static JsonObject editableData(ActionStep step, Map<String, Person> people) {
        JsonArray stakeholders = Json.array();
        step.stakeholders().forEach(stakeholders::add);
        Person owner = step.ownerKey() == null ? null : people.get(step.ownerKey());
        return Json.object()
                .add("id", step.id())
                .add("version", step.audit().version())
                .add("title", step.title())
                .add("description", step.description() == null ? "" : step.description())
                .add("owner", owner == null ? "" : owner.username())
                .add("dueDate", step.dueDate() == null ? "" : step.dueDate().toString())
                .add("status", step.status().name())
                .add("priority", step.priority().name())
                .add("practicePageId", step.practicePageId() == null ? "" : step.practicePageId().toString())
                .add("stakeholders", stakeholders)
                .add("anchoring", step.anchoring() == null ? "" : step.anchoring().name());
    }

    private Map<String, String> text(ActionPlan plan) {
        Map<String, String> text = new LinkedHashMap<>();
        put(text, "headingHtml", "transfer.actionplan.heading", plan.institution(), plan.country());
        put(text, "responsibleLabelHtml", "transfer.actionplan.responsible");
        put(text, "emptyHtml", "transfer.actionplan.empty");
        put(text, "stepHtml", "transfer.actionplan.field.title");
        put(text, "ownerHtml", "transfer.actionplan.field.owner");
        put(text, "dueHtml", "transfer.actionplan.field.due-date");
        put(text, "statusHtml", "transfer.actionplan.field.status");
        put(text, "priorityHtml", "transfer.actionplan.field.priority");
        put(text, "detailsHtml", "transfer.actionplan.field.details");
        put(text, "practiceHtml", "transfer.actionplan.field.practice-page");
        put(text, "stakeholdersHtml", "transfer.actionplan.field.stakeholders");
        put(text, "anchoringHtml", "transfer.actionplan.field.anchoring");
        put(text, "overdueHtml", "transfer.actionplan.overdue");
        put(text, "noOwnerHtml", "transfer.actionplan.no-owner");
        put(text, "noDueDateHtml", "transfer.actionplan.no-due-date");
        put(text, "progressLabelHtml", "transfer.actionplan.progress.label");
        return text;
    }

    private void put(Map<String, String> text, String name, String key, Object... arguments) {
        java.io.Serializable[] args = new java.io.Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = String.valueOf(arguments[i]);
        }
        text.put(name, Html.escape(messages.text(key, args)));
    }

    /** The UI strings the editing script needs, in the user's language, keyed by their i18n key. */
    private JsonObject scriptTexts() {
        List<String> keys = new ArrayList<>(List.of(
                "transfer.actionplan.js.add", "transfer.actionplan.js.actions", "transfer.actionplan.js.edit", "transfer.actionplan.js.save",
                "transfer.actionplan.js.cancel", "transfer.actionplan.js.delete", "transfer.actionplan.js.confirm-delete",
                "transfer.actionplan.js.mark-done", "transfer.actionplan.js.move-up", "transfer.actionplan.js.move-down",
                "transfer.actionplan.js.saving", "transfer.actionplan.js.saved", "transfer.actionplan.js.conflict",
                "transfer.actionplan.js.failed", "transfer.actionplan.js.invalid", "transfer.actionplan.js.new-step",
                "transfer.actionplan.js.stakeholders-hint", "transfer.actionplan.js.practice-page-hint",
                "transfer.actionplan.js.owner-hint", "transfer.actionplan.js.none",
                "transfer.actionplan.field.title", "transfer.actionplan.field.description",
                "transfer.actionplan.field.owner", "transfer.actionplan.field.due-date",
                "transfer.actionplan.field.status", "transfer.actionplan.field.priority",
                "transfer.actionplan.field.practice-page", "transfer.actionplan.field.stakeholders",
                "transfer.actionplan.field.anchoring", "transfer.actionplan.js.create-plan",
                "transfer.actionplan.field.country", "transfer.actionplan.field.responsible",
                "transfer.actionplan.js.country-hint"));
        for (StepStatus status : StepStatus.values()) {
            keys.add(ActionPlanLabels.status(status));
        }
        for (StepPriority priority : StepPriority.values()) {
            keys.add(ActionPlanLabels.priority(priority));
        }
        for (AnchoringLevel level : AnchoringLevel.values()) {
            keys.add(ActionPlanLabels.anchoring(level));
        }
        JsonObject json = Json.object();
        messages.texts(keys).forEach(json::add);
        return json;
    }

    private String name(String userKey, Map<String, Person> people) {
        if (userKey == null) {
            return "";
        }
        Person person = people.get(userKey);
        return person == null ? messages.text("transfer.actionplan.unknown-user") : person.displayName();
    }
}
