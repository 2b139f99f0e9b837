package eu.goodpractice.transfer.engagement.rest;

import static eu.goodpractice.transfer.rest.JsonOutput.audit;
import static eu.goodpractice.transfer.rest.JsonOutput.text;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import com.eclipsesource.json.JsonValue;
import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationLabels;
import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.LinkCheck;
import eu.goodpractice.transfer.engagement.LinkCheckSummary;
import eu.goodpractice.transfer.rest.JsonOutput;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes activities as JSON, with labels in the reader's language. People and pages of a whole list are looked up in
 * one go; a linked practice the reader may not view is left out entirely (not even its id).
 */
public class DisseminationJson {
    private final UserDirectory users;
    private final PageDirectory pages;
    private final DisseminationLabels labels;

    public DisseminationJson(UserDirectory users, PageDirectory pages, DisseminationLabels labels) {
        this.users = users;
        this.pages = pages;
        this.labels = labels;
    }

    public Function<DisseminationActivity, JsonValue> activities(Collection<DisseminationActivity> activities) {
        Set<String> keys = new HashSet<>();
        activities.forEach(activity -> JsonOutput.collectPeople(keys, activity.audit()));
        Map<String, Person> people = users.byKeys(keys);
        Map<Long, PageLink> links = pages.viewable(activities.stream()
                .flatMap(activity -> activity.practicePageIds().stream()).distinct().toList());
        return activity -> activity(activity, people, links);
    }

    public JsonObject activity(DisseminationActivity activity) {
        return activities(List.of(activity)).apply(activity).asObject();
    }

    public JsonObject totals(List<DisseminationTotal> totals) {
        JsonArray rows = Json.array();
        for (DisseminationTotal total : totals) {
            rows.add(Json.object()
                    .add("type", total.type().name())
                    .add("typeLabel", labels.type(total.type()))
                    .add("country", text(total.country()))
                    .add("countryName", text(total.country() == null ? null : labels.country(total.country())))
                    .add("activities", total.activities())
                    .add("reach", total.reach()));
        }
        return Json.object().add("results", rows);
    }

    public static JsonObject summary(LinkCheckSummary summary) {
        return Json.object().add("checked", summary.checked()).add("ok", summary.ok()).add("dead", summary.dead())
                .add("notChecked", summary.notChecked());
    }

    private JsonObject activity(DisseminationActivity activity, Map<String, Person> people,
                                Map<Long, PageLink> links) {
        JsonArray practices = Json.array();
        activity.practicePageIds().stream().map(links::get).filter(java.util.Objects::nonNull)
                .forEach(link -> practices.add(Json.object().add("id", link.id()).add("title", link.title())
                        .add("url", link.url())));
        JsonObject json = Json.object()
                .add("id", activity.id())
                .add("spaceKey", activity.spaceKey())
                .add("type", activity.type().name())
                .add("typeLabel", labels.type(activity.type()))
                .add("category", activity.category() == null ? Json.NULL : Json.value(activity.category().name()))
                .add("categoryLabel", text(activity.category() == null ? null : labels.category(activity.category())))
                .add("date", activity.date().toString())
                .add("title", activity.title())
                .add("language", text(activity.language()))
                .add("languageName", text(activity.language() == null ? null : labels.language(activity.language())))
                .add("country", text(activity.country()))
                .add("countryName", text(activity.country() == null ? null : labels.country(activity.country())))
                .add("audience", text(activity.audience()))
                .add("reach", activity.reach())
                .add("link", text(activity.link()))
                .add("linkCheck", linkCheck(activity.linkCheck()))
                .add("practices", practices);
        return audit(json, activity.audit(), people);
    }

    private JsonObject linkCheck(LinkCheck check) {
        return Json.object()
                .add("status", check.status().name())
                .add("httpCode", check.httpCode() == null ? Json.NULL : Json.value(check.httpCode()))
                .add("reason", check.reason() == null ? Json.NULL : Json.value(check.reason().name()))
                .add("checkedAt", text(check.checkedAt()))
                .add("label", labels.linkCheck(check));
    }
}
