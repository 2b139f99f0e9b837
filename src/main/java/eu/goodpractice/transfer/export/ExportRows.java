package eu.goodpractice.transfer.export;

import java.util.function.Consumer;

/**
 * The rows of an export, pushed one by one to the writer. Implementations read their store in chunks (keyset
 * paging), so no more than one chunk is in memory however many rows there are.
 */
@FunctionalInterface
public interface ExportRows<R> {
    void forEach(Consumer<R> row);
}
