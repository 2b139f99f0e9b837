package eu.goodpractice.transfer.engagement.macro;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.engagement.DisseminationActivity;
import eu.goodpractice.transfer.engagement.DisseminationLabels;
import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.LinkStatus;
import eu.goodpractice.transfer.engagement.ResultCategory;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds what the dissemination-log template shows, as plain maps, lists, strings, numbers and booleans. Every
 * string meant for HTML is escaped here and its key ends in "Html", so the template only places it.
 */
public class DisseminationLogView {
    static final String TEMPLATE = "templates/engagement/dissemination-log.vm";
    /** Texts the page script needs, besides every type and category label. */
    private static final List<String> SCRIPT_KEYS = List.of(
            "transfer.dissemination.add", "transfer.dissemination.edit", "transfer.dissemination.delete",
            "transfer.dissemination.delete.confirm", "transfer.dissemination.save", "transfer.dissemination.cancel",
            "transfer.dissemination.saved", "transfer.dissemination.deleted", "transfer.dissemination.form.title",
            "transfer.dissemination.form.invalid", "transfer.dissemination.stale", "transfer.dissemination.failed",
            "transfer.dissemination.field.type", "transfer.dissemination.field.category",
            "transfer.dissemination.field.date", "transfer.dissemination.field.title",
            "transfer.dissemination.field.language", "transfer.dissemination.field.country",
            "transfer.dissemination.field.audience", "transfer.dissemination.field.reach",
            "transfer.dissemination.field.link", "transfer.dissemination.field.practices",
            "transfer.dissemination.field.practices.hint", "transfer.dissemination.category.none",
            "transfer.dissemination.filter.all", "transfer.dissemination.filter.type",
            "transfer.dissemination.filter.country", "transfer.dissemination.filter.year",
            "transfer.dissemination.filter.shown", "transfer.dissemination.page.previous",
            "transfer.dissemination.page.next", "transfer.dissemination.page.of", "transfer.dissemination.sort",
            "transfer.dissemination.check-links", "transfer.dissemination.checking",
            "transfer.dissemination.checked", "transfer.dissemination.checked.ok",
            "transfer.dissemination.checked.dead", "transfer.dissemination.checked.not-checked");

    private final PageDirectory pages;
    private final Messages messages;
    private final HostLinks links;

    public DisseminationLogView(PageDirectory pages, Messages messages, HostLinks links) {
        this.pages = pages;
        this.messages = messages;
        this.links = links;
    }

    public Map<String, Object> log(String spaceKey, Page<DisseminationActivity> activities,
                                   List<DisseminationTotal> totals, boolean canEdit, boolean interactive) {
        DisseminationLabels labels = new DisseminationLabels(messages);
        Map<Long, PageLink> practiceLinks = pages.viewable(activities.items().stream()
                .flatMap(activity -> activity.practicePageIds().stream()).distinct().toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaceKeyHtml", Html.escape(spaceKey));
        model.put("restBaseHtml", Html.escape(links.restBase()));
        model.put("editable", canEdit && interactive);
        model.put("activities", activities.items().stream()
                .map(activity -> activity(activity, labels, practiceLinks)).toList());
        model.put("truncatedHtml", activities.total() > activities.size()
                ? Html.escape(messages.text("transfer.dissemination.truncated", activities.size(), activities.total()))
                : "");
        model.put("byType", byType(totals, labels));
        model.put("byCountry", byCountry(totals, labels));
        int count = totals.stream().mapToInt(DisseminationTotal::activities).sum();
        long reach = totals.stream().mapToLong(DisseminationTotal::reach).sum();
        model.put("totalActivities", count);
        model.put("totalReachHtml", Html.escape(number(reach)));
        model.put("chartSvgHtml", ReachChart.svg(messages.text("transfer.dissemination.chart.title"),
                byTypeBars(totals, labels)));
        model.put("text", texts());
        model.put("scriptTextHtml", Html.escape(scriptTexts().toString()));
        return model;
    }

    private Map<String, Object> activity(DisseminationActivity activity, DisseminationLabels labels,
                                         Map<Long, PageLink> practiceLinks) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", activity.id());
        model.put("dateHtml", Html.escape(activity.date().toString()));
        model.put("year", String.valueOf(activity.date().getYear()));
        model.put("typeKey", activity.type().name());
        model.put("typeHtml", Html.escape(labels.type(activity.type())));
        model.put("categoryHtml", Html.escape(labels.category(activity.category())));
        model.put("titleHtml", Html.escape(activity.title()));
        model.put("languageHtml", Html.escape(labels.language(activity.language())));
        model.put("countryCode", activity.country() == null ? "" : activity.country());
        model.put("countryHtml", Html.escape(labels.country(activity.country())));
        model.put("audienceHtml", Html.escape(activity.audience()));
        model.put("reach", String.valueOf(activity.reach()));
        model.put("reachHtml", Html.escape(number(activity.reach())));
        model.put("linkHtml", Html.escape(activity.link()));
        model.put("linkDead", activity.hasDeadLink());
        model.put("linkOk", activity.link() != null && activity.linkCheck().status() == LinkStatus.OK);
        model.put("linkCheckHtml", activity.link() == null ? "" : Html.escape(labels.linkCheck(activity.linkCheck())));
        List<Map<String, Object>> practices = new ArrayList<>();
        activity.practicePageIds().stream().map(practiceLinks::get).filter(Objects::nonNull).forEach(link -> {
            Map<String, Object> practice = new LinkedHashMap<>();
            practice.put("titleHtml", Html.escape(link.title()));
            practice.put("urlHtml", Html.escape(link.url()));
            practices.add(practice);
        });
        model.put("practices", practices);
        model.put("dataHtml", Html.escape(editableData(activity, practiceLinks).toString()));
        return model;
    }

    /** What the edit form starts from, including the version the save must send. */
    private static JsonObject editableData(DisseminationActivity activity, Map<Long, PageLink> practiceLinks) {
        JsonArray practices = Json.array();
        activity.practicePageIds().stream().filter(practiceLinks::containsKey).forEach(practices::add);
        return Json.object()
                .add("id", activity.id())
                .add("version", activity.audit().version())
                .add("type", activity.type().name())
                .add("category", activity.category() == null ? "" : activity.category().name())
                .add("date", activity.date().toString())
                .add("title", activity.title())
                .add("language", blank(activity.language()))
                .add("country", blank(activity.country()))
                .add("audience", blank(activity.audience()))
                .add("reach", String.valueOf(activity.reach()))
                .add("link", blank(activity.link()))
                .add("practicePageIds", practices);
    }

    private List<Map<String, Object>> byType(List<DisseminationTotal> totals, DisseminationLabels labels) {
        Map<DisseminationType, long[]> sums = new TreeMap<>();
        totals.forEach(total -> add(sums.computeIfAbsent(total.type(), type -> new long[2]), total));
        List<Map<String, Object>> rows = new ArrayList<>();
        sums.forEach((type, sum) -> rows.add(row(labels.type(type), sum)));
        return rows;
    }

    private List<Map<String, Object>> byCountry(List<DisseminationTotal> totals, DisseminationLabels labels) {
        Map<String, long[]> sums = new TreeMap<>(Collator.getInstance(messages.locale()));
        totals.forEach(total -> add(sums.computeIfAbsent(total.country() == null
                ? "" : labels.country(total.country()), country -> new long[2]), total));
        List<Map<String, Object>> rows = new ArrayList<>();
        sums.forEach((country, sum) -> {
            if (!country.isEmpty()) {
                rows.add(row(country, sum));
            }
        });
        // activities without a country come last, under their own words
        if (sums.containsKey("")) {
            rows.add(row(messages.text("transfer.dissemination.no-country"), sums.get("")));
        }
        return rows;
    }

    private List<ReachChart.Bar> byTypeBars(List<DisseminationTotal> totals, DisseminationLabels labels) {
        Map<DisseminationType, long[]> sums = new TreeMap<>();
        totals.forEach(total -> add(sums.computeIfAbsent(total.type(), type -> new long[2]), total));
        List<ReachChart.Bar> bars = new ArrayList<>();
        sums.forEach((type, sum) -> bars.add(new ReachChart.Bar(labels.type(type), sum[1], number(sum[1]))));
        return bars;
    }

    private Map<String, Object> row(String label, long[] sum) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("labelHtml", Html.escape(label));
        row.put("activities", (int) sum[0]);
        row.put("reachHtml", Html.escape(number(sum[1])));
        return row;
    }

    private static void add(long[] sum, DisseminationTotal total) {
        sum[0] += total.activities();
        sum[1] += total.reach();
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(messages.locale()).format(value);
    }

    private Map<String, String> texts() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("headingHtml", escaped("transfer.dissemination.column.heading"));
        text.put("emptyHtml", escaped("transfer.dissemination.column.empty"));
        text.put("dateHtml", escaped("transfer.dissemination.column.date"));
        text.put("typeHtml", escaped("transfer.dissemination.column.type"));
        text.put("categoryHtml", escaped("transfer.dissemination.column.category"));
        text.put("titleHtml", escaped("transfer.dissemination.column.title"));
        text.put("languageHtml", escaped("transfer.dissemination.column.language"));
        text.put("countryHtml", escaped("transfer.dissemination.column.country"));
        text.put("audienceHtml", escaped("transfer.dissemination.column.audience"));
        text.put("reachHtml", escaped("transfer.dissemination.column.reach"));
        text.put("linkHtml", escaped("transfer.dissemination.column.link"));
        text.put("practicesHtml", escaped("transfer.dissemination.column.practices"));
        text.put("totalsHtml", escaped("transfer.dissemination.column.totals"));
        text.put("byTypeHtml", escaped("transfer.dissemination.column.by-type"));
        text.put("byCountryHtml", escaped("transfer.dissemination.column.by-country"));
        text.put("activitiesHtml", escaped("transfer.dissemination.column.activities"));
        text.put("listHtml", escaped("transfer.dissemination.column.list"));
        text.put("openLinkHtml", escaped("transfer.dissemination.column.open-link"));
        return text;
    }

    private String escaped(String key) {
        return Html.escape(messages.text(key));
    }

    private JsonObject scriptTexts() {
        List<String> keys = new ArrayList<>(SCRIPT_KEYS);
        for (DisseminationType type : DisseminationType.values()) {
            keys.add(DisseminationLabels.typeKey(type));
        }
        for (ResultCategory category : ResultCategory.values()) {
            keys.add(DisseminationLabels.categoryKey(category));
        }
        JsonObject json = Json.object();
        messages.texts(keys).forEach(json::add);
        return json;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
