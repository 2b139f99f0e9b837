package eu.goodpractice.transfer.actionplan.macro;

import eu.goodpractice.transfer.actionplan.ActionPlanService.PlanOverview;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.PlanScope;
import eu.goodpractice.transfer.actionplan.PlanSummary;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds what the overview template shows: one row per institution (with its space when several spaces are
 * listed), the steps on assessment barriers, and export links that carry the overview's filters. All strings are
 * escaped ("…Html").
 */
public class ActionPlanOverviewView {
    private final UserDirectory users;
    private final Messages messages;
    private final ActionPlanView planView;
    private final HostLinks links;

    public ActionPlanOverviewView(UserDirectory users, Messages messages, ActionPlanView planView, HostLinks links) {
        this.users = users;
        this.messages = messages;
        this.planView = planView;
        this.links = links;
    }

    public Map<String, Object> overview(List<PlanOverview> plans, PlanScope scope) {
        Set<String> keys = new HashSet<>();
        plans.forEach(plan -> keys.add(plan.summary().plan().responsibleKey()));
        keys.remove(null);
        Map<String, Person> people = users.byKeys(keys);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rows", plans.stream().map(plan -> row(plan, people)).toList());
        model.put("showSpace", scope.allSpaces() || scope.spaceKeys().size() > 1);
        model.put("csvHrefHtml", Html.escape(exportLink("csv", scope)));
        model.put("xlsxHrefHtml", Html.escape(exportLink("xlsx", scope)));
        Map<String, String> text = new LinkedHashMap<>();
        text.put("spaceHtml", Html.escape(messages.text("transfer.export.steps.space")));
        text.put("institutionHtml", Html.escape(messages.text("transfer.actionplan.overview.institution")));
        text.put("countryHtml", Html.escape(messages.text("transfer.actionplan.overview.country")));
        text.put("responsibleHtml", Html.escape(messages.text("transfer.actionplan.responsible")));
        text.put("progressHtml", Html.escape(messages.text("transfer.actionplan.progress.label")));
        text.put("overdueHtml", Html.escape(messages.text("transfer.actionplan.overview.overdue-steps")));
        text.put("barriersHtml", Html.escape(messages.text("transfer.actionplan.overview.barrier-steps")));
        text.put("noBarriersHtml", Html.escape(messages.text("transfer.actionplan.overview.no-barrier-steps")));
        text.put("noneOverdueHtml", Html.escape(messages.text("transfer.actionplan.overview.none-overdue")));
        text.put("captionHtml", Html.escape(messages.text("transfer.actionplan.overview.caption")));
        text.put("exportCsvHtml", Html.escape(messages.text("transfer.actionplan.overview.export-csv")));
        text.put("exportXlsxHtml", Html.escape(messages.text("transfer.actionplan.overview.export-xlsx")));
        model.put("text", text);
        return model;
    }

    private Map<String, Object> row(PlanOverview overview, Map<String, Person> people) {
        PlanSummary summary = overview.summary();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("planId", summary.plan().id());
        row.put("spaceHtml", Html.escape(summary.plan().spaceKey()));
        row.put("institutionHtml", Html.escape(summary.plan().institution()));
        String country = summary.plan().country();
        row.put("countryHtml", Html.escape(new java.util.Locale("", country).getDisplayCountry(messages.locale())
                + " (" + country + ")"));
        Person responsible = people.get(Objects.toString(summary.plan().responsibleKey(), ""));
        row.put("responsibleHtml", Html.escape(responsible == null ? "" : responsible.displayName()));
        row.put("progress", planView.progress(summary.progress()));
        row.put("barrierSteps", overview.barrierSteps().stream().map(this::barrierStep).toList());
        return row;
    }

    /** "Title — In progress (criterion: funding-stability)": status in words, never colour alone. */
    private Map<String, Object> barrierStep(ActionStep step) {
        return Map.of(
                "statusSlug", ActionPlanLabels.slug(step.status()),
                "lineHtml", Html.escape(messages.text("transfer.actionplan.overview.barrier-step", step.title(),
                        messages.text(ActionPlanLabels.status(step.status())), step.criterion())));
    }

    private String exportLink(String extension, PlanScope scope) {
        StringBuilder link = new StringBuilder(links.restBase()).append("/exports/steps.").append(extension)
                .append("?spaces=").append(encode(scope.allSpaces() ? PlanScope.ALL : String.join(",",
                        scope.spaceKeys())));
        if (scope.country() != null) {
            link.append("&country=").append(encode(scope.country()));
        }
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
