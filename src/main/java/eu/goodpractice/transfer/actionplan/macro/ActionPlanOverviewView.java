package eu.goodpractice.transfer.actionplan.macro;

import eu.goodpractice.transfer.actionplan.PlanSummary;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds what the overview template shows: one row per institution, all strings escaped ("…Html"). */
public class ActionPlanOverviewView {
    private final UserDirectory users;
    private final Messages messages;
    private final ActionPlanView planView;

    public ActionPlanOverviewView(UserDirectory users, Messages messages, ActionPlanView planView) {
        this.users = users;
        this.messages = messages;
        this.planView = planView;
    }

    public Map<String, Object> overview(List<PlanSummary> plans) {
        Set<String> keys = new HashSet<>();
        plans.forEach(summary -> keys.add(summary.plan().responsibleKey()));
        keys.remove(null);
        Map<String, Person> people = users.byKeys(keys);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rows", plans.stream().map(summary -> row(summary, people)).toList());
        Map<String, String> text = new LinkedHashMap<>();
        text.put("institutionHtml", Html.escape(messages.text("transfer.actionplan.overview.institution")));
        text.put("countryHtml", Html.escape(messages.text("transfer.actionplan.overview.country")));
        text.put("responsibleHtml", Html.escape(messages.text("transfer.actionplan.responsible")));
        text.put("progressHtml", Html.escape(messages.text("transfer.actionplan.progress.label")));
        text.put("overdueHtml", Html.escape(messages.text("transfer.actionplan.overview.overdue-steps")));
        text.put("captionHtml", Html.escape(messages.text("transfer.actionplan.overview.caption")));
        model.put("text", text);
        return model;
    }

    private Map<String, Object> row(PlanSummary summary, Map<String, Person> people) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("planId", summary.plan().id());
        row.put("institutionHtml", Html.escape(summary.plan().institution()));
        String country = summary.plan().country();
        row.put("countryHtml", Html.escape(new java.util.Locale("", country).getDisplayCountry(messages.locale())
                + " (" + country + ")"));
        Person responsible = people.get(Objects.toString(summary.plan().responsibleKey(), ""));
        row.put("responsibleHtml", Html.escape(responsible == null ? "" : responsible.displayName()));
        row.put("progress", planView.progress(summary.progress()));
        return row;
    }
}
