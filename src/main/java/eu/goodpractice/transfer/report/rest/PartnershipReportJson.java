package eu.goodpractice.transfer.report.rest;

import com.eclipsesource.json.Json;
import com.eclipsesource.json.JsonArray;
import com.eclipsesource.json.JsonObject;
import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.report.PartnerFigures;
import eu.goodpractice.transfer.report.PartnershipReport;
import eu.goodpractice.transfer.report.ReportLabels;

/** The partnership report as JSON: codes with their words in the reader's language. */
public class PartnershipReportJson {
    private final ReportLabels labels;

    public PartnershipReportJson(ReportLabels labels) {
        this.labels = labels;
    }

    /** {from, to, partner, spaces, partners: [figures], totals: figures}. */
    public JsonObject report(PartnershipReport report) {
        JsonArray spaces = Json.array();
        report.spaces().forEach(spaces::add);
        JsonArray partners = Json.array();
        report.partners().forEach(partner -> partners.add(figures(partner)));
        return Json.object().add("from", report.period().from().toString())
                .add("to", report.period().to().toString())
                .add("partner", report.request().partner() == null ? Json.NULL : Json.value(report.request().partner()))
                .add("spaces", spaces).add("partners", partners).add("totals", figures(report.totals()));
    }

    private JsonObject figures(PartnerFigures figures) {
        String code = figures.partner();
        JsonObject byStatus = Json.object();
        figures.practicesByStatus().forEach((status, count) -> byStatus.add(status.name(), count));
        JsonArray engagements = Json.array();
        for (EngagementTally tally : figures.engagements()) {
            engagements.add(Json.object().add("type", tally.type().name()).add("typeLabel", labels.type(tally.type()))
                    .add("level", tally.level().name()).add("levelLabel", labels.level(tally.level()))
                    .add("engagements", tally.engagements()));
        }
        JsonArray dissemination = Json.array();
        for (DisseminationTotal total : figures.dissemination()) {
            dissemination.add(Json.object().add("type", total.type().name())
                    .add("typeLabel", labels.type(total.type())).add("activities", total.activities())
                    .add("reach", total.reach()));
        }
        return Json.object()
                .add("partner", code == null || code.equals(PartnerFigures.NO_COUNTRY) ? Json.NULL : Json.value(code))
                .add("partnerName", labels.partner(code))
                .add("practices", Json.object().add("total", figures.practices()).add("byStatus", byStatus))
                .add("assessments", figures.assessments())
                .add("transfers", Json.object().add("inProgress", figures.transfersInProgress())
                        .add("anchored", figures.transfersAnchored()))
                .add("steps", Json.object().add("completed", figures.stepsCompleted())
                        .add("overdue", figures.stepsOverdue()))
                .add("engagements", Json.object().add("total", figures.engagementCount()).add("byTypeAndLevel",
                        engagements))
                .add("dissemination", Json.object().add("activities", figures.disseminationActivities())
                        .add("reach", figures.reach()).add("byType", dissemination));
    }
}
