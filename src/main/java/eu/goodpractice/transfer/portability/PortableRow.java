package eu.goodpractice.transfer.portability;

import java.util.Map;

/**
 * One stored record as a data file carries it: its portable key (the same in every space the record was imported
 * into, so importing a file again finds it), the id it has where it was read (for people reading the file; never
 * used to find anything), and its values by property name. Values are JSON-ready: text, numbers, yes/no, dates as
 * ISO instants, references to other records as their keys and to pages as page ids listed in the file's pages.
 */
public record PortableRow(String key, long id, Map<String, Object> values) {
}
