package eu.goodpractice.transfer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory, the rest go to a
 * compressed temporary file that {@link #close()} deletes. Numbers and dates are real number and date cells, the
 * header row is bold, frozen and carries an autofilter. Text is stored as inline strings, never as formulas, so
 * "=1+1" stays text.
 */
final class XlsxTableWriter implements TableWriter {
    static final int WINDOW = 100;
    /** Excel's limit for one cell; POI refuses longer text. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int COLUMN_WIDTH = 24 * 256;

    private final OutputStream out;
    private final List<CellType> types;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private int nextRow;

    XlsxTableWriter(OutputStream out, List<CellType> types) {
        this.out = out;
        this.types = types;
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        this.sheet = workbook.createSheet("Export");
        this.dateStyle = formatted("yyyy-mm-dd");
        this.dateTimeStyle = formatted("yyyy-mm-dd hh:mm");
    }

    @Override
    public void header(List<String> headers) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, COLUMN_WIDTH);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(Object[] cells) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (types.get(i)) {
                case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(dateStyle);
                }
                case DATE_TIME -> {
                    cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
                    cell.setCellStyle(dateTimeStyle);
                }
                case TEXT -> {
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(limited(value.toString()));
                    }
                }
            }
        }
    }

    @Override
    public void finish() throws IOException {
        if (!types.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, types.size() - 1));
        }
        workbook.write(out);
        out.flush();
    }

    @SuppressWarnings("deprecation")
    @Override
    public void close() {
        // dispose() deletes the temporary sheet file; close() the package
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            // nothing is left to write; the temporary file is already gone
        }
    }

    private CellStyle formatted(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    private static String limited(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT);
    }
}
