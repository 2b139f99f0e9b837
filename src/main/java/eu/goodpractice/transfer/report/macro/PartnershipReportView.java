package eu.goodpractice.transfer.report.macro;

import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.report.PartnerFigures;
import eu.goodpractice.transfer.report.PartnershipReport;
import eu.goodpractice.transfer.report.ReportLabels;
import eu.goodpractice.transfer.shared.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what the partnership report template shows: a section per partner (and one for all partners) with tables
 * of plain numbers and words, and links to the same report as CSV, XLSX and JSON. Every string is escaped
 * ("…Html"); only maps, lists, strings and numbers reach the template.
 */
public class PartnershipReportView {
    static final Map<String, String> TEXT_KEYS = Map.ofEntries(
            Map.entry("titleHtml", "transfer.report.title"),
            Map.entry("emptyHtml", "transfer.report.empty"),
            Map.entry("downloadHtml", "transfer.report.download"),
            Map.entry("practicesHtml", "transfer.report.figure.practices"),
            Map.entry("statusHtml", "transfer.report.column.status"),
            Map.entry("countHtml", "transfer.report.column.count"),
            Map.entry("workHtml", "transfer.report.section.work"),
            Map.entry("figureHtml", "transfer.report.column.figure"),
            Map.entry("assessmentsHtml", "transfer.report.figure.assessments"),
            Map.entry("inProgressHtml", "transfer.report.figure.transfers-in-progress"),
            Map.entry("anchoredHtml", "transfer.report.figure.transfers-anchored"),
            Map.entry("completedHtml", "transfer.report.figure.steps-completed"),
            Map.entry("overdueHtml", "transfer.report.figure.steps-overdue"),
            Map.entry("engagementsHtml", "transfer.report.figure.engagements"),
            Map.entry("typeHtml", "transfer.report.column.type"),
            Map.entry("levelHtml", "transfer.report.column.level"),
            Map.entry("disseminationHtml", "transfer.report.figure.dissemination"),
            Map.entry("reachHtml", "transfer.report.column.reach"),
            Map.entry("totalHtml", "transfer.report.total"),
            Map.entry("noneHtml", "transfer.report.none"));

    private final ReportLabels labels;
    private final HostLinks links;

    public PartnershipReportView(ReportLabels labels, HostLinks links) {
        this.labels = labels;
        this.links = links;
    }

    public Map<String, Object> model(PartnershipReport report) {
        Map<String, Object> model = new HashMap<>();
        Map<String, String> text = new HashMap<>();
        TEXT_KEYS.forEach((name, key) -> text.put(name, Html.escape(labels.text(key))));
        model.put("text", text);
        model.put("periodHtml", Html.escape(labels.text("transfer.report.period", report.period().from().toString(),
                report.period().to().toString())));
        model.put("spacesHtml", Html.escape(labels.text("transfer.report.spaces", String.join(", ",
                report.spaces()))));
        model.put("empty", report.partners().isEmpty());
        List<Map<String, Object>> partners = new ArrayList<>();
        report.partners().forEach(partner -> partners.add(partner(partner, labels.partner(partner.partner()))));
        if (report.partners().size() != 1) {
            partners.add(partner(report.totals(), labels.partner(null)));
        }
        model.put("partners", partners);
        List<Map<String, String>> downloads = new ArrayList<>();
        Map<String, String> formats = new LinkedHashMap<>();
        formats.put("csv", "transfer.report.format.csv");
        formats.put("xlsx", "transfer.report.format.xlsx");
        formats.put("json", "transfer.report.format.json");
        formats.forEach((format, key) -> downloads.add(Map.of("urlHtml", Html.escape(links.restBase()
                + "/reports/partnership." + format + query(report)), "labelHtml", Html.escape(labels.text(key)),
                "format", format)));
        model.put("downloads", downloads);
        return model;
    }

    private Map<String, Object> partner(PartnerFigures figures, String name) {
        Map<String, Object> partner = new HashMap<>();
        partner.put("nameHtml", Html.escape(name));
        partner.put("code", figures.partner() == null ? "all" : Html.escape(figures.partner()));
        List<Map<String, Object>> statuses = new ArrayList<>();
        figures.practicesByStatus().forEach((status, count) -> statuses.add(Map.of(
                "labelHtml", Html.escape(labels.status(status)), "count", count)));
        partner.put("statuses", statuses);
        partner.put("practices", figures.practices());
        partner.put("assessments", figures.assessments());
        partner.put("inProgress", figures.transfersInProgress());
        partner.put("anchored", figures.transfersAnchored());
        partner.put("completed", figures.stepsCompleted());
        partner.put("overdue", figures.stepsOverdue());
        List<Map<String, Object>> engagements = new ArrayList<>();
        for (EngagementTally tally : figures.engagements()) {
            engagements.add(Map.of("typeHtml", Html.escape(labels.type(tally.type())),
                    "levelHtml", Html.escape(labels.level(tally.level())), "count", tally.engagements()));
        }
        partner.put("engagements", engagements);
        partner.put("noEngagements", engagements.isEmpty());
        partner.put("engagementTotal", figures.engagementCount());
        List<Map<String, Object>> dissemination = new ArrayList<>();
        for (DisseminationTotal total : figures.dissemination()) {
            dissemination.add(Map.of("typeHtml", Html.escape(labels.type(total.type())),
                    "count", total.activities(), "reach", total.reach()));
        }
        partner.put("dissemination", dissemination);
        partner.put("noDissemination", dissemination.isEmpty());
        partner.put("activities", figures.disseminationActivities());
        partner.put("reach", figures.reach());
        return partner;
    }

    private static String query(PartnershipReport report) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("spaces", report.request().spaceKeys().isEmpty() ? "all"
                : String.join(",", new java.util.TreeSet<>(report.request().spaceKeys())));
        if (report.request().partner() != null) {
            parameters.put("partner", report.request().partner());
        }
        parameters.put("from", report.period().from().toString());
        parameters.put("to", report.period().to().toString());
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
