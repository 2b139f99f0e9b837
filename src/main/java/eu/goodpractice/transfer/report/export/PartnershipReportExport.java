package eu.goodpractice.transfer.report.export;

import eu.goodpractice.transfer.engagement.DisseminationTotal;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.export.ExportColumn;
import eu.goodpractice.transfer.export.ExportTable;
import eu.goodpractice.transfer.report.PartnerFigures;
import eu.goodpractice.transfer.report.PartnershipReport;
import eu.goodpractice.transfer.report.ReportLabels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The partnership report as a flat table for spreadsheets: one row per partner and figure (practices by status,
 * assessments, transfers, steps, engagements by type and level, dissemination by type with reach), each with the
 * period, then the same rows for all partners together. The report is small and already assembled (after the
 * permission checks), so its rows are pushed from memory.
 */
public class PartnershipReportExport {
    private final ReportLabels labels;

    public PartnershipReportExport(ReportLabels labels) {
        this.labels = labels;
    }

    /** A figure as the export writes it; {@code partner} null for all partners, {@code reach} null but for dissemination. */
    public record Row(LocalDate from, LocalDate to, String partner, String figureKey, String detail, long count,
                      Long reach) {
    }

    public ExportTable<Row> table(PartnershipReport report) {
        List<ExportColumn<Row>> columns = List.of(
                ExportColumn.date("transfer.report.column.from", Row::from),
                ExportColumn.date("transfer.report.column.to", Row::to),
                ExportColumn.text("transfer.report.column.country", Row::partner),
                ExportColumn.text("transfer.report.column.partner", row -> labels.partner(row.partner())),
                ExportColumn.text("transfer.report.column.figure", row -> labels.text(row.figureKey())),
                ExportColumn.text("transfer.report.column.detail", Row::detail),
                ExportColumn.number("transfer.report.column.count", Row::count),
                ExportColumn.number("transfer.report.column.reach", Row::reach));
        return new ExportTable<>(labels.text("transfer.report.file"), columns, sink -> {
            report.partners().forEach(partner -> rows(report, partner, partner.partner(), sink));
            rows(report, report.totals(), null, sink);
        });
    }

    /** Every figure of one partner (or of all, {@code partner} null), in the order the macro shows them. */
    public List<Row> rows(PartnershipReport report, PartnerFigures figures, String partner) {
        List<Row> rows = new ArrayList<>();
        rows(report, figures, partner, rows::add);
        return rows;
    }

    private void rows(PartnershipReport report, PartnerFigures figures, String partner, Consumer<Row> sink) {
        LocalDate from = report.period().from();
        LocalDate to = report.period().to();
        figures.practicesByStatus().forEach((status, count) -> sink.accept(new Row(from, to, partner,
                "transfer.report.figure.practices", labels.status(status), count, null)));
        sink.accept(new Row(from, to, partner, "transfer.report.figure.assessments", null, figures.assessments(),
                null));
        sink.accept(new Row(from, to, partner, "transfer.report.figure.transfers-in-progress", null,
                figures.transfersInProgress(), null));
        sink.accept(new Row(from, to, partner, "transfer.report.figure.transfers-anchored", null,
                figures.transfersAnchored(), null));
        sink.accept(new Row(from, to, partner, "transfer.report.figure.steps-completed", null,
                figures.stepsCompleted(), null));
        sink.accept(new Row(from, to, partner, "transfer.report.figure.steps-overdue", null,
                figures.stepsOverdue(), null));
        for (EngagementTally tally : figures.engagements()) {
            sink.accept(new Row(from, to, partner, "transfer.report.figure.engagements",
                    labels.text("transfer.report.engagement-cell", labels.type(tally.type()),
                            labels.level(tally.level())), tally.engagements(), null));
        }
        for (DisseminationTotal total : figures.dissemination()) {
            sink.accept(new Row(from, to, partner, "transfer.report.figure.dissemination",
                    labels.type(total.type()), total.activities(), total.reach()));
        }
    }
}
