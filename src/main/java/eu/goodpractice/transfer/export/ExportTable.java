package eu.goodpractice.transfer.export;

import java.util.List;

/**
 * What a feature exports: the file's base name (without extension; may hold any characters), the columns and the
 * rows. Only rows the reader may see belong in {@code rows}: the layer writes whatever it is given.
 */
public record ExportTable<R>(String fileName, List<ExportColumn<R>> columns, ExportRows<R> rows) {
    public ExportTable {
        columns = List.copyOf(columns);
    }
}
