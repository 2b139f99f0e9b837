package eu.goodpractice.transfer.dashboard.macro;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.dashboard.DashboardCounts;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardLabels;
import eu.goodpractice.transfer.dashboard.DashboardResult;
import eu.goodpractice.transfer.dashboard.DashboardRow;
import eu.goodpractice.transfer.dashboard.DashboardSort;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.Messages;
import eu.goodpractice.transfer.shared.PageLink;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds what the dashboard and matrix templates show; every string is escaped ("…Html"), and the few pieces of
 * markup (badges, links) are built here from escaped text. The page script gets the same texts as JSON.
 */
public class DashboardView {
    /** The columns a dashboard may show besides the title, in their order. */
    public static final List<String> COLUMNS = List.of("institution", "country", "theme", "status", "readiness",
            "updated");
    static final List<String> SCRIPT_TEXT_KEYS = List.of("transfer.dashboard.js.loading",
            "transfer.dashboard.js.error", "transfer.dashboard.empty", "transfer.dashboard.pager.range",
            "transfer.dashboard.readiness.none", "transfer.dashboard.readiness.cell",
            "transfer.dashboard.summary.total");

    private static final Map<String, String> COLUMN_KEYS = Map.of(
            "title", "transfer.dashboard.column.title",
            "institution", "transfer.dashboard.column.institution",
            "country", "transfer.dashboard.column.country",
            "theme", "transfer.dashboard.column.theme",
            "status", "transfer.dashboard.column.status",
            "readiness", "transfer.dashboard.column.readiness",
            "updated", "transfer.dashboard.column.updated");
    /** The template's fixed texts, by model name. */
    private static final Map<String, String> TEXT_KEYS = Map.ofEntries(
            Map.entry("headingHtml", "transfer.dashboard.heading"),
            Map.entry("summary_statusHtml", "transfer.dashboard.summary.status"),
            Map.entry("summary_countryHtml", "transfer.dashboard.summary.country"),
            Map.entry("summary_bandHtml", "transfer.dashboard.summary.band"),
            Map.entry("filter_headingHtml", "transfer.dashboard.filter.heading"),
            Map.entry("filter_applyHtml", "transfer.dashboard.filter.apply"),
            Map.entry("filter_resetHtml", "transfer.dashboard.filter.reset"),
            Map.entry("pager_previousHtml", "transfer.dashboard.pager.previous"),
            Map.entry("pager_nextHtml", "transfer.dashboard.pager.next"),
            Map.entry("matrix_captionHtml", "transfer.dashboard.matrix.caption"),
            Map.entry("matrix_practiceHtml", "transfer.dashboard.matrix.practice"),
            Map.entry("matrix_assessedHtml", "transfer.dashboard.matrix.assessed"),
            Map.entry("matrix_meanHtml", "transfer.dashboard.matrix.mean"),
            Map.entry("matrix_totalHtml", "transfer.dashboard.matrix.total"),
            Map.entry("matrix_emptyHtml", "transfer.dashboard.matrix.empty"),
            Map.entry("export_headingHtml", "transfer.dashboard.export.heading"));
    /** What each dashboard can be exported as: the export's path name and the i18n key of its link. */
    private static final List<Map.Entry<String, String>> EXPORT_TABLES = List.of(
            Map.entry("practices", "transfer.dashboard.export.practices"),
            Map.entry("results", "transfer.dashboard.export.results"));

    private final DashboardLabels labels;
    private final Messages messages;
    private final HostLinks links;

    public DashboardView(DashboardLabels labels, HostLinks links) {
        this.labels = labels;
        this.messages = labels.messages();
        this.links = links;
    }

    /** The practice dashboard: summary counts, the filter form, the first page of rows and the pager. */
    public Map<String, Object> dashboard(DashboardResult result, List<String> columns, boolean interactive) {
        Map<String, Object> model = new LinkedHashMap<>();
        DashboardFilter filter = result.filter();
        model.put("interactive", interactive);
        model.put("restBaseHtml", Html.escape(links.restBase()));
        model.put("filterHtml", Html.escape(filterJson(result).toString()));
        model.put("columnsHtml", Html.escape(String.join(",", columns)));
        JsonObject texts = Json.object();
        messages.texts(SCRIPT_TEXT_KEYS).forEach(texts::add);

        model.put("scriptTextHtml", Html.escape(texts.toString()));
        model.put("text", texts());
        model.put("totalHtml", Html.escape(messages.text("transfer.dashboard.summary.total",
                result.counts().practices())));
        model.put("statusCounts", statusCounts(result.counts()));
        model.put("countryCounts", countryCounts(result.counts()));
        model.put("bandCounts", bandCounts(result.counts().byBand()));
        model.put("filters", filterFields(filter));
        List<Map<String, String>> headers = new ArrayList<>();
        headers.add(header("title", DashboardSort.TITLE, filter));
        for (String column : columns) {
            headers.add(header(column, sortOf(column), filter));
        }
        model.put("headers", headers);
        model.put("rows", result.rows().items().stream().map(row -> row(row, columns,
                result.links().get(row.pageId()))).toList());
        model.put("rangeHtml", Html.escape(range(result)));
        model.put("hasPrevious", result.rows().start() > 0);
        model.put("hasNext", result.rows().start() + result.rows().limit() < result.rows().total());
        model.put("exports", exportLinks(filter));
        return model;
    }

    /**
     * The transfer matrix: a row per practice, a column per assessed target country, totals both ways; in the
     * browser ({@code interactive}) also the links that export every row of the same filter.
     */
    public Map<String, Object> matrix(DashboardResult result, boolean interactive) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("interactive", interactive);
        model.put("exports", exportLinks(result.filter()));
        Map<String, Map<String, Integer>> columns = new TreeMap<>(result.counts().bandsByTargetCountry());
        model.put("text", texts());
        model.put("noCountries", columns.isEmpty());
        model.put("countries", columns.keySet().stream().map(code -> Map.of("code", Html.escape(code),
                "nameHtml", Html.escape(labels.country(code)))).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DashboardRow row : result.rows().items()) {
            PageLink link = result.links().get(row.pageId());
            Map<String, ResultSummary> byCountry = new TreeMap<>();
            row.readiness().forEach(cell -> byCountry.put(cell.country(), cell));
            List<String> cells = new ArrayList<>();
            for (String code : columns.keySet()) {
                ResultSummary cell = byCountry.get(code);
                cells.add(cell == null ? "<span class=\"gpt-matrix__none\">\u2013<span class=\"gpt-sr-only\" "
                        + "style=\"position:absolute;left:-9999px;\"> " + text("transfer.dashboard.readiness.none")
                        + "</span></span>" : matrixCell(cell, link));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("titleHtml", titleLink(row, link));
            values.put("cells", cells);
            values.put("assessed", row.bandedCountries());
            values.put("meanHtml", row.meanScore() == null ? "\u2013" : Html.escape(number(row.meanScore())));
            rows.add(values);
        }
        model.put("rows", rows);
        List<String> totals = new ArrayList<>();
        columns.values().forEach(bands -> totals.add(bandList(bands)));
        model.put("columnTotals", totals);
        model.put("rangeHtml", Html.escape(range(result)));
        return model;
    }

    /**
     * Plain links to the exports of every row the filter matches (not only the page shown), in CSV and XLSX; the
     * dashboard script rewrites them as the reader changes the filter.
     */
    private List<Map<String, String>> exportLinks(DashboardFilter filter) {
        StringBuilder query = new StringBuilder();
        parameter(query, "spaces", String.join(",", new java.util.TreeSet<>(filter.spaceKeys())));
        parameter(query, "country", filter.country());
        parameter(query, "theme", filter.theme());
        parameter(query, "status", filter.status() == null ? null : filter.status().name());
        parameter(query, "sort", filter.sort().name().toLowerCase(Locale.ROOT));
        parameter(query, "dir", filter.descending() ? "desc" : "asc");
        List<Map<String, String>> exports = new ArrayList<>();
        for (Map.Entry<String, String> export : EXPORT_TABLES) {
            String table = export.getKey();
            String path = links.restBase() + "/exports/" + table;
            exports.add(Map.of("table", table, "labelHtml", text(export.getValue()),
                    "csvHrefHtml", Html.escape(path + ".csv" + query), "xlsxHrefHtml",
                    Html.escape(path + ".xlsx" + query)));
        }
        return exports;
    }

    private static void parameter(StringBuilder query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private Map<String, String> texts() {
        Map<String, String> text = new LinkedHashMap<>();
        TEXT_KEYS.forEach((name, key) -> text.put(name, text(key)));
        return text;
    }

    private List<Map<String, String>> statusCounts(DashboardCounts counts) {
        List<Map<String, String>> list = new ArrayList<>();
        for (PracticeStatus status : PracticeStatus.values()) {
            list.add(Map.of("key", status.name(), "labelHtml", Html.escape(labels.status(status)),
                    "count", String.valueOf(counts.byStatus().getOrDefault(status, 0))));
        }
        return list;
    }

    private List<Map<String, String>> countryCounts(DashboardCounts counts) {
        List<Map<String, String>> list = new ArrayList<>();
        new TreeMap<>(counts.byCountry()).forEach((code, count) -> list.add(Map.of("key", Html.escape(code),
                "labelHtml", Html.escape(labels.country(code)), "count", String.valueOf(count))));
        return list;
    }

    private List<Map<String, String>> bandCounts(Map<String, Integer> counts) {
        List<Map<String, String>> list = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Band band : Band.values()) {
            keys.add(band.name());
        }
        keys.add(DashboardCounts.INCOMPLETE);
        for (String key : keys) {
            String slug = DashboardLabels.bandSlug(key);
            list.add(Map.of("key", key, "slug", slug, "labelHtml", Html.escape(labels.band(key)),
                    "style", BandStyle.of(slug), "count", String.valueOf(counts.getOrDefault(key, 0))));
        }
        return list;
    }

    /** The filter form's fields: each with its options and the current choice selected. */
    private List<Map<String, Object>> filterFields(DashboardFilter filter) {
        List<Map<String, Object>> fields = new ArrayList<>();
        List<String[]> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(new String[] {code, labels.country(code)});
        }
        countries.sort((a, b) -> a[1].compareToIgnoreCase(b[1]));
        fields.add(field("country", "transfer.dashboard.filter.country", countries, filter.country()));
        List<String[]> themes = VocabularyKind.THEME.shippedTerms().stream()
                .map(key -> new String[] {key, labels.theme(key)}).toList();
        fields.add(field("theme", "transfer.dashboard.filter.theme", themes, filter.theme()));
        List<String[]> statuses = new ArrayList<>();
        for (PracticeStatus status : PracticeStatus.values()) {
            statuses.add(new String[] {status.name(), labels.status(status)});
        }
        fields.add(field("status", "transfer.dashboard.filter.status", statuses,
                filter.status() == null ? null : filter.status().name()));
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("name", "label");
        label.put("labelHtml", text("transfer.dashboard.filter.label"));
        label.put("hintHtml", text("transfer.dashboard.filter.label-hint"));
        label.put("valueHtml", Html.escape(String.join(", ", filter.labels())));
        label.put("text", true);
        fields.add(label);
        return fields;
    }

    private Map<String, Object> field(String name, String labelKey, List<String[]> options, String selected) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(option("", text("transfer.dashboard.filter.any"), selected == null));
        for (String[] option : options) {
            list.add(option(option[0], Html.escape(option[1]), option[0].equals(selected)));
        }
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("labelHtml", text(labelKey));
        field.put("options", list);
        return field;
    }

    private static Map<String, Object> option(String value, String labelHtml, boolean selected) {
        return Map.of("valueHtml", Html.escape(value), "labelHtml", labelHtml, "selected", selected);
    }

    private Map<String, String> header(String column, DashboardSort sort, DashboardFilter filter) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("key", column);
        header.put("labelHtml", text(COLUMN_KEYS.get(column)));
        header.put("sort", sort == null ? "" : sort.name().toLowerCase(Locale.ROOT));
        String aria = sort == null || sort != filter.sort() ? "none" : filter.descending() ? "descending" : "ascending";
        header.put("ariaSort", sort == null ? "" : aria);
        return header;
    }

    private static DashboardSort sortOf(String column) {
        return switch (column) {
            case "institution" -> DashboardSort.INSTITUTION;
            case "country" -> DashboardSort.COUNTRY;
            case "theme" -> DashboardSort.THEME;
            case "status" -> DashboardSort.STATUS;
            case "updated" -> DashboardSort.UPDATED;
            default -> null;
        };
    }

    private Map<String, Object> row(DashboardRow row, List<String> columns, PageLink link) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            cells.add(switch (column) {
                case "institution" -> Html.escape(row.institution() == null ? "" : row.institution());
                case "country" -> Html.escape(row.country() == null ? "" : labels.country(row.country()));
                case "theme" -> Html.escape(labels.theme(row.theme()));
                case "status" -> "<span class=\"gpt-lozenge gpt-lozenge--" + DashboardLabels.slug(row.status())
                        + "\">" + Html.escape(labels.status(row.status())) + "</span>";
                case "readiness" -> readiness(row, link);
                case "updated" -> "<time datetime=\"" + row.updatedAt() + "\">"
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(row.updatedAt().atOffset(ZoneOffset.UTC))
                        + "</time>";
                default -> "";
            });
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("pageId", row.pageId());
        values.put("titleHtml", titleLink(row, link));
        values.put("cells", cells);
        return values;
    }

    private String readiness(DashboardRow row, PageLink link) {
        if (row.readiness().isEmpty()) {
            return "<span class=\"gpt-dashboard__none\">" + text("transfer.dashboard.readiness.none") + "</span>";
        }
        StringBuilder html = new StringBuilder("<ul class=\"gpt-dashboard__readiness\" "
                + "style=\"list-style:none;margin:0;padding:0;\">");
        for (ResultSummary cell : row.readiness()) {
            html.append("<li style=\"display:inline-block;margin:0 4px 2px 0;\">").append(badge(cell, link, true))
                    .append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private String matrixCell(ResultSummary cell, PageLink link) {
        return badge(cell, link, false);
    }

    /** Band colour, band word and score, with the full sentence as title: colour is never the only signal. */
    private String badge(ResultSummary cell, PageLink link, boolean withCountry) {
        String band = cell.band().map(Band::name).orElse(null);
        String slug = DashboardLabels.bandSlug(band);
        String word = labels.band(band);
        String score = cell.score() == null ? "\u2013" : number(cell.score());
        String sentence = messages.text("transfer.dashboard.readiness.cell", labels.country(cell.country()), word,
                score);
        String visible = (withCountry ? cell.country() + " " : "") + score + " " + word;
        String inner = "<span class=\"gpt-band gpt-band--" + slug + "\" style=\"" + BandStyle.of(slug) + "\" title=\""
                + Html.escape(sentence) + "\">" + Html.escape(visible) + "</span>";
        if (link == null) {
            return inner;
        }
        return "<a href=\"" + Html.escape(link.url() + "#gpt-assessment-" + cell.country()) + "\" aria-label=\""
                + Html.escape(sentence) + "\">" + inner + "</a>";
    }

    private String bandList(Map<String, Integer> bands) {
        StringBuilder html = new StringBuilder("<ul class=\"gpt-matrix__totals\" style=\"list-style:none;margin:0;"
                + "padding:0;\">");
        for (Map<String, String> count : bandCounts(bands)) {
            if (!count.get("count").equals("0")) {
                html.append("<li><span class=\"gpt-band gpt-band--").append(count.get("slug")).append("\" style=\"")
                        .append(count.get("style")).append("\">").append(count.get("labelHtml")).append("</span> ")
                        .append(count.get("count")).append("</li>");
            }
        }
        return html.append("</ul>").toString();
    }

    private static String titleLink(DashboardRow row, PageLink link) {
        return link == null ? Html.escape(row.title())
                : "<a href=\"" + Html.escape(link.url()) + "\">" + Html.escape(row.title()) + "</a>";
    }

    private String range(DashboardResult result) {
        int total = result.rows().total();
        if (total == 0) {
            return messages.text("transfer.dashboard.empty");
        }
        int first = result.rows().start() + 1;
        int last = Math.min(result.rows().start() + result.rows().limit(), total);
        return messages.text("transfer.dashboard.pager.range", first, last, total);
    }

    private static JsonObject filterJson(DashboardResult result) {
        DashboardFilter filter = result.filter();
        return Json.object().add("spaces", String.join(",", filter.spaceKeys()))
                .add("country", filter.country() == null ? "" : filter.country())
                .add("theme", filter.theme() == null ? "" : filter.theme())
                .add("status", filter.status() == null ? "" : filter.status().name())
                .add("label", String.join(",", filter.labels()))
                .add("sort", filter.sort().name().toLowerCase(Locale.ROOT))
                .add("dir", filter.descending() ? "desc" : "asc")
                .add("start", filter.page().start()).add("limit", filter.page().limit());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private String text(String key) {
        return Html.escape(messages.text(key));
    }
}
