package eu.goodpractice.transfer.dashboard.rest;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.dashboard.DashboardCounts;
import eu.goodpractice.transfer.dashboard.DashboardLabels;
import eu.goodpractice.transfer.dashboard.DashboardResult;
import eu.goodpractice.transfer.dashboard.DashboardRow;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.rest.JsonOutput;
import eu.goodpractice.transfer.shared.PageLink;
import java.util.Map;
import java.util.TreeMap;

/** The dashboards as JSON: codes with their words in the reader's language, so a page script needs no lookups. */
public class DashboardJson {
    private final DashboardLabels labels;

    public DashboardJson(DashboardLabels labels) {
        this.labels = labels;
    }

    /** {spaces, start, limit, size, total, results: [practice with readiness], counts}. */
    public JsonObject practices(DashboardResult result) {
        JsonArray rows = Json.array();
        result.rows().items().forEach(row -> rows.add(row(row, result.links().get(row.pageId()))));
        return page(result).add("results", rows).add("counts", counts(result.counts()));
    }

    /** {spaces, countries, start, limit, size, total, rows: [practice, cells by country, totals], columnTotals}. */
    public JsonObject matrix(DashboardResult result) {
        JsonArray countries = Json.array();
        Map<String, Map<String, Integer>> columns = new TreeMap<>(result.counts().bandsByTargetCountry());
        columns.keySet().forEach(code -> countries.add(Json.object().add("code", code)
                .add("name", labels.country(code))));
        JsonArray rows = Json.array();
        for (DashboardRow row : result.rows().items()) {
            JsonObject cells = Json.object();
            row.readiness().forEach(cell -> cells.add(cell.country(), readiness(cell)));
            PageLink link = result.links().get(row.pageId());
            rows.add(Json.object().add("pageId", row.pageId()).add("title", row.title())
                    .add("url", JsonOutput.text(link == null ? null : link.url())).add("cells", cells)
                    .add("assessedCountries", row.bandedCountries())
                    .add("meanScore", row.meanScore() == null ? Json.NULL : Json.value(row.meanScore())));
        }
        JsonObject totals = Json.object();
        columns.forEach((code, bands) -> totals.add(code, bandCounts(bands)));
        return page(result).add("countries", countries).add("rows", rows).add("columnTotals", totals);
    }

    private JsonObject page(DashboardResult result) {
        JsonArray spaces = Json.array();
        result.spaces().forEach(spaces::add);
        return Json.object().add("spaces", spaces).add("start", result.rows().start())
                .add("limit", result.rows().limit()).add("size", result.rows().size())
                .add("total", result.rows().total());
    }

    private JsonObject row(DashboardRow row, PageLink link) {
        JsonArray readiness = Json.array();
        row.readiness().forEach(cell -> readiness.add(readiness(cell)));
        return Json.object().add("pageId", row.pageId()).add("spaceKey", row.spaceKey()).add("title", row.title())
                .add("url", JsonOutput.text(link == null ? null : link.url()))
                .add("institution", JsonOutput.text(row.institution()))
                .add("country", JsonOutput.text(row.country()))
                .add("countryName", JsonOutput.text(row.country() == null ? null : labels.country(row.country())))
                .add("theme", JsonOutput.text(row.theme()))
                .add("themeLabel", JsonOutput.text(row.theme() == null ? null : labels.theme(row.theme())))
                .add("status", row.status().name()).add("statusLabel", labels.status(row.status()))
                .add("updatedAt", row.updatedAt().toString()).add("readiness", readiness);
    }

    private JsonObject readiness(ResultSummary cell) {
        String band = cell.band().map(Band::name).orElse(null);
        return Json.object().add("country", cell.country()).add("countryName", labels.country(cell.country()))
                .add("score", cell.score() == null ? Json.NULL : Json.value(cell.score()))
                .add("band", JsonOutput.text(band)).add("bandLabel", labels.band(band))
                .add("coverage", Math.round(cell.coverage() * 100) / 100.0).add("assessors", cell.assessors());
    }

    private JsonObject counts(DashboardCounts counts) {
        JsonObject byStatus = Json.object();
        for (PracticeStatus status : PracticeStatus.values()) {
            byStatus.add(status.name(), counts.byStatus().getOrDefault(status, 0));
        }
        JsonObject byCountry = Json.object();
        JsonObject countryNames = Json.object();
        new TreeMap<>(counts.byCountry()).forEach((code, count) -> {
            byCountry.add(code, count);
            countryNames.add(code, labels.country(code));
        });
        JsonObject byTarget = Json.object();
        new TreeMap<>(counts.bandsByTargetCountry()).forEach((code, bands) -> byTarget.add(code, bandCounts(bands)));
        return Json.object().add("practices", counts.practices()).add("byStatus", byStatus)
                .add("byCountry", byCountry).add("countryNames", countryNames).add("byBand", bandCounts(counts.byBand()))
                .add("byTargetCountry", byTarget);
    }

    /** Every band with its count, zeros included, then the incomplete ones. */
    private static JsonObject bandCounts(Map<String, Integer> counts) {
        JsonObject json = Json.object();
        for (Band band : Band.values()) {
            json.add(band.name(), counts.getOrDefault(band.name(), 0));
        }
        return json.add(DashboardCounts.INCOMPLETE, counts.getOrDefault(DashboardCounts.INCOMPLETE, 0));
    }
}
