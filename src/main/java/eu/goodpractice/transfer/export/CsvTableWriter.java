package eu.goodpractice.transfer.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV as Excel opens it correctly: UTF-8 with a byte order mark (without it Excel guesses a legacy code page and
 * garbles "Łódź"), RFC 4180 quoting, CRLF line ends. Text that a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) gets a leading apostrophe, so a rationale like "=HYPERLINK(...)" stays text.
 */
final class CsvTableWriter implements TableWriter {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Writer out;
    private final List<CellType> types;

    CsvTableWriter(OutputStream stream, List<CellType> types) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        this.types = types;
    }

    @Override
    public void header(List<String> headers) throws IOException {
        out.write('\uFEFF');
        line(headers.stream().map(CsvTableWriter::textCell).toArray(String[]::new));
    }

    @Override
    public void row(Object[] cells) throws IOException {
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = cell(types.get(i), cells[i]);
        }
        line(texts);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // the stream belongs to the caller; nothing else is held
    }

    private void line(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(cells[i]));
        }
        out.write("\r\n");
    }

    private static String cell(CellType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case NUMBER -> value.toString();
            case DATE -> value.toString();
            case DATE_TIME -> DATE_TIME.format((Instant) value);
            case TEXT -> textCell(value.toString());
        };
    }

    /** Text a spreadsheet would evaluate gets an apostrophe in front, which Excel and LibreOffice show as text. */
    static String textCell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
