package eu.goodpractice.transfer.export;

import eu.goodpractice.transfer.shared.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes an {@link ExportTable} in a format: headers in the reader's language, then each row as it is pushed. */
public class TableExporter {
    private final Messages messages;

    public TableExporter(Messages messages) {
        this.messages = messages;
    }

    public <R> void write(ExportTable<R> table, ExportFormat format, OutputStream out) throws IOException {
        List<ExportColumn<R>> columns = table.columns();
        List<CellType> types = columns.stream().map(ExportColumn::type).toList();
        try (TableWriter writer = TableWriter.of(format, out, types)) {
            writer.header(columns.stream().map(column -> messages.text(column.headerKey())).toList());
            try {
                table.rows().forEach(row -> {
                    Object[] cells = new Object[columns.size()];
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = columns.get(i).value().apply(row);
                    }
                    try {
                        writer.row(cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.finish();
        }
    }
}
