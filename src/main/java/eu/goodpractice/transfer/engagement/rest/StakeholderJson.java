package eu.goodpractice.transfer.engagement.rest;

import static eu.goodpractice.transfer.rest.JsonOutput.audit;
import static eu.goodpractice.transfer.rest.JsonOutput.text;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.macro.ActionPlanLabels;
import eu.goodpractice.transfer.engagement.Engagement;
import eu.goodpractice.transfer.engagement.EngagementLinks;
import eu.goodpractice.transfer.engagement.PlanSteps;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderContact;
import eu.goodpractice.transfer.rest.JsonOutput;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes stakeholders and engagements as JSON, with labels in the reader's language. People and linked pages of a
 * whole list are looked up in one go; a linked page the reader may not view shows only its id.
 */
public class StakeholderJson {
    private final UserDirectory users;
    private final PageDirectory pages;
    private final Messages messages;

    public StakeholderJson(UserDirectory users, PageDirectory pages, Messages messages) {
        this.users = users;
        this.pages = pages;
        this.messages = messages;
    }

    public Function<Stakeholder, JsonValue> stakeholders(Collection<Stakeholder> stakeholders) {
        Set<String> keys = new HashSet<>();
        stakeholders.forEach(s -> JsonOutput.collectPeople(keys, s.audit()));
        Map<String, Person> people = users.byKeys(keys);
        return stakeholder -> stakeholder(stakeholder, people);
    }

    public JsonObject stakeholder(Stakeholder stakeholder) {
        return stakeholders(List.of(stakeholder)).apply(stakeholder).asObject();
    }

    /** Engagements with the names of what they link: {@code links} comes from one batched read for the whole list. */
    public Function<Engagement, JsonValue> engagements(Collection<Engagement> engagements, EngagementLinks named) {
        Set<String> keys = new HashSet<>();
        engagements.forEach(e -> JsonOutput.collectPeople(keys, e.audit()));
        Map<String, Person> people = users.byKeys(keys);
        Map<Long, PageLink> links = pages.viewable(engagements.stream()
                .flatMap(e -> e.practicePageIds().stream()).distinct().toList());
        return engagement -> engagement(engagement, people, links, named);
    }

    public JsonObject engagement(Engagement engagement, EngagementLinks named) {
        return engagements(List.of(engagement), named).apply(engagement).asObject();
    }

    /** The space's plans with their steps, for the engagement form's step picker. */
    public JsonObject stepChoices(List<PlanSteps> plans) {
        JsonArray groups = Json.array();
        for (PlanSteps group : plans) {
            JsonArray steps = Json.array();
            group.steps().forEach(step -> steps.add(step(step)));
            groups.add(Json.object().add("id", group.plan().id()).add("institution", group.plan().institution())
                    .add("country", text(group.plan().country())).add("steps", steps));
        }
        return Json.object().add("plans", groups);
    }

    private JsonObject step(ActionStep step) {
        return Json.object().add("id", step.id()).add("title", step.title()).add("status", step.status().name())
                .add("statusLabel", messages.text(ActionPlanLabels.status(step.status())));
    }

    private JsonObject stakeholder(Stakeholder s, Map<String, Person> people) {
        JsonObject json = Json.object()
                .add("id", s.id())
                .add("spaceKey", s.spaceKey())
                .add("organisation", s.organisation())
                .add("type", s.type().name())
                .add("typeLabel", messages.text(s.type().messageKey()))
                .add("level", s.level().name())
                .add("levelLabel", messages.text(s.level().messageKey()))
                .add("country", s.country())
                .add("countryName", new Locale("", s.country()).getDisplayCountry(messages.locale()))
                .add("contact", contact(s.contact()))
                .add("retired", s.retired());
        return audit(json, s.audit(), people);
    }

    private static JsonValue contact(StakeholderContact contact) {
        if (contact == null) {
            return Json.NULL;
        }
        return Json.object().add("name", contact.name()).add("role", text(contact.role()))
                .add("email", text(contact.email()))
                .add("consent", Json.object().add("givenBy", contact.consentBy())
                        .add("date", text(contact.consentDate())).add("purpose", contact.consentPurpose()));
    }

    private JsonObject engagement(Engagement e, Map<String, Person> people, Map<Long, PageLink> links,
                                  EngagementLinks named) {
        JsonArray stakeholders = Json.array();
        e.stakeholderIds().forEach(stakeholders::add);
        JsonArray stakeholderDetails = Json.array();
        e.stakeholderIds().forEach(id -> {
            Stakeholder s = named.stakeholders().get(id);
            JsonObject one = Json.object().add("id", id);
            stakeholderDetails.add(s == null ? one : one.add("organisation", s.organisation())
                    .add("retired", s.retired()));
        });
        JsonArray stepDetails = Json.array();
        e.actionStepIds().forEach(id -> {
            ActionStep step = named.steps().get(id);
            stepDetails.add(step == null ? Json.object().add("id", id) : step(step));
        });
        JsonArray practices = Json.array();
        e.practicePageIds().forEach(id -> {
            PageLink link = links.get(id);
            JsonObject page = Json.object().add("id", id);
            practices.add(link == null ? page : page.add("title", link.title()).add("url", link.url()));
        });
        JsonArray steps = Json.array();
        e.actionStepIds().forEach(steps::add);
        JsonObject json = Json.object()
                .add("id", e.id())
                .add("spaceKey", e.spaceKey())
                .add("date", e.date().toString())
                .add("stakeholders", stakeholders)
                .add("format", e.format().name())
                .add("formatLabel", messages.text(e.format().messageKey()))
                .add("topic", e.topic())
                .add("outcome", text(e.outcome()))
                .add("followUp", text(e.followUp()))
                .add("practices", practices)
                .add("actionSteps", steps)
                .add("stakeholderDetails", stakeholderDetails)
                .add("actionStepDetails", stepDetails);
        return audit(json, e.audit(), people);
    }
}
