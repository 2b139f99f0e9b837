package eu.goodpractice.transfer.export;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.shared.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The export layer as a spreadsheet user meets it: CSV and XLSX read back and compared with the rows given. */
class TableExporterTest {
    private static final Messages HEADERS = new Messages() {
        @Override
        public String text(String key, Serializable... arguments) {
            return "[" + key + "]";
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }
    };

    record Step(String institution, String title, Integer order, LocalDate due, Instant updated) {
    }

    private static final List<ExportColumn<Step>> COLUMNS = List.of(
            ExportColumn.text("h.institution", Step::institution),
            ExportColumn.text("h.title", Step::title),
            ExportColumn.number("h.order", Step::order),
            ExportColumn.date("h.due", Step::due),
            ExportColumn.dateTime("h.updated", Step::updated));

    private static final List<Step> STEPS = List.of(
            new Step("Zespół Szkół w Łodzi", "Ćwiczenia \"praktyczne\", etap 1", 1, LocalDate.of(2026, 3, 31),
                    Instant.parse("2026-11-28T09:15:00Z")),
            new Step("Berufsschule Müllheim", "=HYPERLINK(\"http://evil\")", 2, null, null),
            new Step("Lycée", "+1\nsecond line", null, LocalDate.of(2027, 1, 2), null),
            new Step("-minus", "@sum", 3, null, null),
            new Step("\ttab", "plain", 4, null, null));

    private final TableExporter exporter = new TableExporter(HEADERS);

    @Test
    void csvIsUtf8WithBomQuotedAndCrlfAndReadsBackAsTheRows() throws IOException {
        byte[] bytes = export(ExportFormat.CSV, STEPS);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = CsvReader.parse(text);
        assertThat(records.get(0)).containsExactly("[h.institution]", "[h.title]", "[h.order]", "[h.due]",
                "[h.updated]");
        assertThat(records.get(1)).containsExactly("Zespół Szkół w Łodzi", "Ćwiczenia \"praktyczne\", etap 1", "1",
                "2026-03-31", "2026-11-28 09:15");
        assertThat(records).hasSize(STEPS.size() + 1);
    }

    @Test
    void csvTextThatASpreadsheetWouldRunAsAFormulaStaysText() throws IOException {
        byte[] bytes = export(ExportFormat.CSV, STEPS);
        List<List<String>> records = CsvReader.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));

        assertThat(records.get(2).get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.get(3).get(1)).isEqualTo("'+1\nsecond line");
        assertThat(records.get(4)).startsWith("'-minus", "'@sum");
        assertThat(records.get(5).get(0)).isEqualTo("'\ttab");
        assertThat(records.get(2).get(0)).isEqualTo("Berufsschule Müllheim");
    }

    @Test
    void xlsxHasABoldFrozenFilteredHeaderAndRealNumbersAndDates() throws IOException {
        byte[] bytes = export(ExportFormat.XLSX, STEPS);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("[h.institution]");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E6");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Zespół Szkół w Łodzi");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toString()).isEqualTo("2026-11-28T09:15");

            Row formula = sheet.getRow(2);
            assertThat(formula.getCell(1).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(formula.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(formula.getCell(3)).as("an empty date stays an empty cell").isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(STEPS.size());
        }
    }

    @Test
    void xlsxLeavesNoTemporaryFileBehind() throws IOException {
        List<Path> before = poiTempFiles();
        export(ExportFormat.XLSX, STEPS);
        assertThat(poiTempFiles()).isEqualTo(before);
    }

    /**
     * 20,000 rows pushed one at a time, written to a stream that discards them: the heap in use afterwards (after
     * a GC) must not have grown with the rows. A writer that kept rows would hold well over 20 MB here.
     */
    @Test
    void largeExportsNeedMemoryForAChunkNotForAllRows() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            long[] peak = {0};
            long baseline = usedHeapAfterGc();
            ExportTable<Step> table = new ExportTable<>("large", COLUMNS, sink -> {
                for (int i = 0; i < 20_000; i++) {
                    sink.accept(new Step("Institution " + i, "A step with a reasonably long title number " + i
                            + " ".repeat(200), i, LocalDate.of(2026, 1, 1).plusDays(i % 365), Instant.EPOCH));
                    if (i % 5_000 == 4_999) {
                        peak[0] = Math.max(peak[0], usedHeapAfterGc() - baseline);
                    }
                }
            });
            CountingStream out = new CountingStream();
            exporter.write(table, format, out);

            assertThat(out.count).as("%s bytes written", format).isGreaterThan(100_000);
            assertThat(peak[0]).as("%s heap growth while writing 20,000 rows", format).isLessThan(16L << 20);
        }
    }

    private byte[] export(ExportFormat format, List<Step> steps) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(new ExportTable<>("steps", COLUMNS, steps::forEach), format, out);
        return out.toByteArray();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<Path> poiTempFiles() throws IOException {
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poi)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(poi)) {
            return files.sorted().toList();
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
