package eu.goodpractice.transfer.export;

import java.io.IOException;
import java.util.List;

/** Writes one table in a file format: the header row, then row after row, then {@link #finish()}. */
interface TableWriter extends AutoCloseable {
    void header(List<String> headers) throws IOException;

    /** One row; {@code cells[i]} fits {@code types.get(i)} or is null. */
    void row(Object[] cells) throws IOException;

    /** Completes the file; the stream stays open for its owner to close. */
    void finish() throws IOException;

    /** Frees what the writer holds (temporary files), also when {@link #finish()} was never reached. */
    @Override
    void close();

    static TableWriter of(ExportFormat format, java.io.OutputStream out, List<CellType> types) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, types);
            case XLSX -> new XlsxTableWriter(out, types);
        };
    }
}
