package eu.goodpractice.transfer.engagement.macro;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.actionplan.macro.ActionPlanLabels;
import eu.goodpractice.transfer.engagement.Engagement;
import eu.goodpractice.transfer.engagement.EngagementFormat;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderContact;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderMap;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.platform.TemplateViews;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageLink;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds and renders what the {@code stakeholder-map} template shows: counts by type and level, the register, the
 * engagements per month (chart and table) and the engagement log. Every string ending in Html is escaped here.
 */
public class StakeholderMapView {
    static final String TEMPLATE = "templates/engagement/stakeholder-map.vm";
    public static final String WEB_RESOURCE = "stakeholder-map-resources";

    private final Messages messages;
    private final HostLinks links;
    private final PageDirectory pages;
    private final TemplateViews templates;

    public StakeholderMapView(Messages messages, HostLinks links, PageDirectory pages, TemplateViews templates) {
        this.messages = messages;
        this.links = links;
        this.pages = pages;
        this.templates = templates;
    }

    /** The map's HTML; {@code interactive} is true in a browser, where editors get the editing controls. */
    public String render(StakeholderMap map, boolean interactive) {
        return templates.render(TEMPLATE, model(map, interactive));
    }

    Map<String, Object> model(StakeholderMap map, boolean interactive) {
        Locale locale = messages.locale();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("spaceKeyHtml", Html.escape(map.spaceKey()));
        model.put("restBaseHtml", Html.escape(links.restBase()));
        model.put("editable", map.editable() && interactive);
        model.put("showContacts", map.editable());
        model.put("scriptTextHtml", Html.escape(scriptTexts().toString()));
        model.put("text", texts(map));
        model.put("levels", java.util.Arrays.stream(StakeholderLevel.values())
                .map(level -> Html.escape(messages.text(level.messageKey()))).toList());
        model.put("counts", counts(map.stakeholders()));
        model.put("stakeholders", map.stakeholders().stream().map(s -> stakeholder(s, locale)).toList());
        List<Map<String, Object>> months = months(map);
        model.put("months", months);
        model.put("chartSvgHtml", EngagementBarChart.svg(messages.text("transfer.stakeholder.map.chart-title"),
                months.stream().map(m -> new EngagementBarChart.Bar((String) m.get("shortLabel"),
                        (Integer) m.get("count"))).toList()));
        model.put("engagements", engagements(map, locale));
        return model;
    }

    private Map<String, String> texts(StakeholderMap map) {
        Map<String, String> text = new LinkedHashMap<>();
        put(text, "countsHeadingHtml", "transfer.stakeholder.map.counts-heading");
        put(text, "countsCaptionHtml", "transfer.stakeholder.map.counts-caption");
        put(text, "typeHtml", "transfer.stakeholder.map.type");
        put(text, "levelHtml", "transfer.stakeholder.map.level");
        put(text, "countryHtml", "transfer.stakeholder.map.country");
        put(text, "totalHtml", "transfer.stakeholder.map.total");
        put(text, "organisationHtml", "transfer.stakeholder.map.organisation");
        put(text, "contactHtml", "transfer.stakeholder.map.contact");
        put(text, "listHeadingHtml", "transfer.stakeholder.map.list-heading");
        put(text, "listCaptionHtml", "transfer.stakeholder.map.list-caption");
        put(text, "emptyHtml", "transfer.stakeholder.map.empty");
        put(text, "retiredHtml", "transfer.stakeholder.map.retired");
        put(text, "overTimeHeadingHtml", "transfer.stakeholder.map.over-time-heading");
        put(text, "monthHtml", "transfer.stakeholder.map.month");
        put(text, "engagementsHtml", "transfer.stakeholder.map.engagements");
        put(text, "logHeadingHtml", "transfer.stakeholder.map.log-heading");
        put(text, "logCaptionHtml", "transfer.stakeholder.map.log-caption");
        put(text, "dateHtml", "transfer.stakeholder.map.date");
        put(text, "stakeholdersHtml", "transfer.stakeholder.map.stakeholders");
        put(text, "formatHtml", "transfer.stakeholder.map.format");
        put(text, "topicHtml", "transfer.stakeholder.map.topic");
        put(text, "outcomeHtml", "transfer.stakeholder.map.outcome");
        put(text, "followUpHtml", "transfer.stakeholder.map.follow-up");
        put(text, "practicesHtml", "transfer.stakeholder.map.practices");
        put(text, "actionStepsHtml", "transfer.stakeholder.map.action-steps");
        put(text, "noEngagementsHtml", "transfer.stakeholder.map.no-engagements");
        put(text, "contactsNoteHtml", "transfer.stakeholder.map.contacts-note");
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", messages.locale());
        text.put("periodHtml", Html.escape(messages.text("transfer.stakeholder.map.period",
                map.from().format(monthFormat), map.to().format(monthFormat))));
        return text;
    }

    private List<Map<String, Object>> counts(List<Stakeholder> stakeholders) {
        Map<StakeholderType, int[]> byType = new EnumMap<>(StakeholderType.class);
        int[] totals = new int[StakeholderLevel.values().length + 1];
        for (Stakeholder s : stakeholders) {
            if (s.retired()) {
                continue;
            }
            byType.computeIfAbsent(s.type(), t -> new int[StakeholderLevel.values().length + 1])
                    [s.level().ordinal()]++;
            totals[s.level().ordinal()]++;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StakeholderType type : StakeholderType.values()) {
            int[] cells = byType.getOrDefault(type, new int[StakeholderLevel.values().length + 1]);
            cells[cells.length - 1] = java.util.Arrays.stream(cells, 0, cells.length - 1).sum();
            rows.add(row(Html.escape(messages.text(type.messageKey())), cells, false));
        }
        totals[totals.length - 1] = java.util.Arrays.stream(totals, 0, totals.length - 1).sum();
        rows.add(row(Html.escape(messages.text("transfer.stakeholder.map.total")), totals, true));
        return rows;
    }

    private static Map<String, Object> row(String labelHtml, int[] cells, boolean total) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("labelHtml", labelHtml);
        row.put("cells", java.util.Arrays.stream(cells).boxed().toList());
        row.put("total", total);
        return row;
    }

    private Map<String, Object> stakeholder(Stakeholder s, Locale locale) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("organisationHtml", Html.escape(s.organisation()));
        row.put("type", s.type().name());
        row.put("typeHtml", Html.escape(messages.text(s.type().messageKey())));
        row.put("level", s.level().name());
        row.put("levelHtml", Html.escape(messages.text(s.level().messageKey())));
        row.put("country", s.country());
        row.put("countryHtml", Html.escape(new Locale("", s.country()).getDisplayCountry(locale)));
        row.put("retired", s.retired());
        row.put("contactHtml", Html.escape(contact(s.contact(), locale)));
        row.put("dataHtml", Html.escape(data(s).toString()));
        return row;
    }

    private String contact(StakeholderContact contact, Locale locale) {
        if (contact == null) {
            return "";
        }
        String person = contact.name() + (contact.role() == null ? "" : ", " + contact.role())
                + (contact.email() == null ? "" : " <" + contact.email() + ">");
        return person + " \u2014 " + messages.text("transfer.stakeholder.map.consent-given", contact.consentBy(),
                contact.consentDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)),
                contact.consentPurpose());
    }

    /** The stakeholder as the editing script sends it back, contact included only for editors (see service). */
    private static JsonObject data(Stakeholder s) {
        JsonObject json = Json.object().add("id", s.id()).add("version", s.audit().version())
                .add("organisation", s.organisation()).add("type", s.type().name()).add("level", s.level().name())
                .add("country", s.country()).add("retired", s.retired());
        StakeholderContact c = s.contact();
        if (c != null) {
            json.add("contactName", c.name()).add("contactRole", Objects.toString(c.role(), ""))
                    .add("contactEmail", Objects.toString(c.email(), "")).add("consentBy", c.consentBy())
                    .add("consentDate", c.consentDate().toString()).add("consentPurpose", c.consentPurpose());
        }
        return json;
    }

    private List<Map<String, Object>> months(StakeholderMap map) {
        Map<YearMonth, Integer> counts = map.engagements().stream()
                .collect(Collectors.groupingBy(e -> YearMonth.from(e.date()), Collectors.summingInt(e -> 1)));
        DateTimeFormatter shortFormat = DateTimeFormatter.ofPattern("LLL yy", messages.locale());
        DateTimeFormatter longFormat = DateTimeFormatter.ofPattern("LLLL yyyy", messages.locale());
        List<Map<String, Object>> months = new ArrayList<>();
        for (YearMonth month = map.from(); !month.isAfter(map.to()); month = month.plusMonths(1)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("shortLabel", month.format(shortFormat));
            row.put("labelHtml", Html.escape(month.format(longFormat)));
            row.put("count", counts.getOrDefault(month, 0));
            months.add(row);
        }
        return months;
    }

    private List<Map<String, Object>> engagements(StakeholderMap map, Locale locale) {
        Map<Integer, Stakeholder> byId = map.stakeholders().stream()
                .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
        Map<Long, PageLink> practiceLinks = pages.viewable(map.engagements().stream()
                .flatMap(e -> e.practicePageIds().stream()).distinct().toList());
        DateTimeFormatter dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Engagement> newestFirst = new ArrayList<>(map.engagements());
        Collections.reverse(newestFirst);
        return newestFirst.stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("dateHtml", Html.escape(e.date().format(dateFormat)));
            row.put("stakeholdersHtml", Html.escape(e.stakeholderIds().stream().map(byId::get)
                    .filter(Objects::nonNull).map(Stakeholder::organisation).collect(Collectors.joining(", "))));
            row.put("formatHtml", Html.escape(messages.text(e.format().messageKey())));
            row.put("topicHtml", Html.escape(e.topic()));
            row.put("outcomeHtml", Html.escape(Objects.toString(e.outcome(), "")));
            row.put("followUpHtml", Html.escape(Objects.toString(e.followUp(), "")));
            row.put("practices", e.practicePageIds().stream().map(practiceLinks::get).filter(Objects::nonNull)
                    .map(link -> Map.of("titleHtml", Html.escape(link.title()), "urlHtml", Html.escape(link.url())))
                    .toList());
            row.put("steps", e.actionStepIds().stream().map(map.steps()::get).filter(Objects::nonNull)
                    .map(step -> Map.of("titleHtml", Html.escape(step.title()), "statusHtml",
                            Html.escape(messages.text(ActionPlanLabels.status(step.status()))), "status",
                            ActionPlanLabels.slug(step.status()))).toList());
            row.put("dataHtml", Html.escape(data(e).toString()));
            return row;
        }).toList();
    }

    private static JsonObject data(Engagement e) {
        JsonArray stakeholders = Json.array();
        e.stakeholderIds().forEach(stakeholders::add);
        JsonArray practices = Json.array();
        e.practicePageIds().forEach(practices::add);
        JsonArray steps = Json.array();
        e.actionStepIds().forEach(steps::add);
        return Json.object().add("id", e.id()).add("version", e.audit().version()).add("date", e.date().toString())
                .add("stakeholders", stakeholders).add("format", e.format().name()).add("topic", e.topic())
                .add("outcome", Objects.toString(e.outcome(), "")).add("followUp", Objects.toString(e.followUp(), ""))
                .add("practices", practices).add("actionSteps", steps);
    }

    /** The UI strings the editing script needs, in the user's language, keyed by their i18n key. */
    private JsonObject scriptTexts() {
        List<String> keys = new ArrayList<>(List.of(
                "transfer.stakeholder.js.add-stakeholder", "transfer.stakeholder.js.add-engagement",
                "transfer.stakeholder.js.edit", "transfer.stakeholder.js.save", "transfer.stakeholder.js.cancel",
                "transfer.stakeholder.js.saving", "transfer.stakeholder.js.saved", "transfer.stakeholder.js.failed",
                "transfer.stakeholder.js.conflict", "transfer.stakeholder.js.invalid",
                "transfer.stakeholder.js.filter-all", "transfer.stakeholder.js.filter", "transfer.stakeholder.js.shown",
                "transfer.stakeholder.js.previous", "transfer.stakeholder.js.next",
                "transfer.stakeholder.js.contact-hint", "transfer.stakeholder.js.filter-choices",
                "transfer.stakeholder.js.loading", "transfer.stakeholder.js.load-failed",
                "transfer.stakeholder.js.no-choices", "transfer.stakeholder.js.no-match", "transfer.stakeholder.js.chosen",
                "transfer.stakeholder.js.unavailable", "transfer.stakeholder.js.delete",
                "transfer.stakeholder.js.confirm-delete", "transfer.stakeholder.js.confirm", "transfer.stakeholder.js.keep",
                "transfer.stakeholder.js.deleting", "transfer.stakeholder.js.deleted",
                "transfer.stakeholder.field.organisation", "transfer.stakeholder.field.type",
                "transfer.stakeholder.field.level", "transfer.stakeholder.field.country",
                "transfer.stakeholder.field.contact-name", "transfer.stakeholder.field.contact-role",
                "transfer.stakeholder.field.contact-email", "transfer.stakeholder.field.consent-by",
                "transfer.stakeholder.field.consent-date", "transfer.stakeholder.field.consent-purpose",
                "transfer.stakeholder.field.retired",
                "transfer.engagement.field.date", "transfer.engagement.field.stakeholders",
                "transfer.engagement.field.format", "transfer.engagement.field.topic",
                "transfer.engagement.field.outcome", "transfer.engagement.field.follow-up",
                "transfer.engagement.field.practice-choices", "transfer.engagement.field.step-choices"));
        for (StakeholderType type : StakeholderType.values()) {
            keys.add(type.messageKey());
        }
        for (StakeholderLevel level : StakeholderLevel.values()) {
            keys.add(level.messageKey());
        }
        for (EngagementFormat format : EngagementFormat.values()) {
            keys.add(format.messageKey());
        }
        JsonObject json = Json.object();
        messages.texts(keys).forEach(json::add);
        return json;
    }

    private void put(Map<String, String> text, String name, String key) {
        text.put(name, Html.escape(messages.text(key)));
    }
}
