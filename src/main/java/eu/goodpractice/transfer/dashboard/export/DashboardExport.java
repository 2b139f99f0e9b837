package eu.goodpractice.transfer.dashboard.export;

import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardLabels;
import eu.goodpractice.transfer.dashboard.DashboardRow;
import eu.goodpractice.transfer.dashboard.DashboardService;
import eu.goodpractice.transfer.export.ExportColumn;
import eu.goodpractice.transfer.export.ExportTable;
import java.util.List;

/**
 * The dashboard's two exports, of exactly what the dashboard shows for a filter but every row, not one page: the
 * practices (one row each, with status and theme in the reader's language and their readiness summed up) and
 * their stored assessment results (one row per practice and target country). Both read through
 * {@link DashboardService#forEachPractice}, so the spaces and page restrictions are the dashboard's own.
 */
public class DashboardExport {
    static final int CHUNK = 500;

    private final DashboardService service;
    private final DashboardLabels labels;

    public DashboardExport(DashboardService service, DashboardLabels labels) {
        this.service = service;
        this.labels = labels;
    }

    /** A stored result with its practice, as the results export writes it. */
    public record ResultRow(DashboardRow practice, ResultSummary result) {
    }

    public ExportTable<DashboardRow> practices(DashboardFilter filter) {
        List<ExportColumn<DashboardRow>> columns = List.of(
                ExportColumn.text("transfer.export.ratings.practice", DashboardRow::title),
                ExportColumn.text("transfer.export.steps.space", DashboardRow::spaceKey),
                ExportColumn.text("transfer.export.steps.institution", DashboardRow::institution),
                ExportColumn.text("transfer.export.steps.country", DashboardRow::country),
                ExportColumn.text("transfer.export.practices.theme", row -> labels.theme(row.theme())),
                ExportColumn.text("transfer.export.steps.status", row -> labels.status(row.status())),
                ExportColumn.number("transfer.export.practices.assessed", DashboardRow::bandedCountries),
                ExportColumn.number("transfer.export.practices.mean", DashboardRow::meanScore),
                ExportColumn.dateTime("transfer.export.practices.updated", DashboardRow::updatedAt),
                ExportColumn.number("transfer.export.steps.practice", DashboardRow::pageId));
        return new ExportTable<>(labels.messages().text("transfer.export.practices.file"), columns,
                sink -> service.forEachPractice(filter, CHUNK, (rows, links) -> rows.forEach(sink)));
    }

    public ExportTable<ResultRow> results(DashboardFilter filter) {
        List<ExportColumn<ResultRow>> columns = List.of(
                ExportColumn.text("transfer.export.ratings.practice", row -> row.practice().title()),
                ExportColumn.text("transfer.export.steps.space", row -> row.practice().spaceKey()),
                ExportColumn.text("transfer.export.ratings.country", row -> row.result().country()),
                ExportColumn.number("transfer.export.results.score", row -> rounded(row.result().score())),
                ExportColumn.text("transfer.export.results.band",
                        row -> labels.band(row.result().band().map(Band::name).orElse(null))),
                ExportColumn.number("transfer.export.results.coverage",
                        row -> Math.round(row.result().coverage() * 100)),
                ExportColumn.number("transfer.export.results.assessors", row -> row.result().assessors()),
                ExportColumn.dateTime("transfer.export.results.updated", row -> row.result().updatedAt()),
                ExportColumn.number("transfer.export.steps.practice", row -> row.practice().pageId()));
        return new ExportTable<>(labels.messages().text("transfer.export.results.file"), columns,
                sink -> service.forEachPractice(filter, CHUNK, (rows, links) -> rows.forEach(practice ->
                        practice.readiness().forEach(result -> sink.accept(new ResultRow(practice, result))))));
    }

    /** Scores to one decimal, as the dashboard shows them; null while incomplete. */
    private static Double rounded(Double score) {
        return score == null ? null : Math.round(score * 10) / 10.0;
    }
}
