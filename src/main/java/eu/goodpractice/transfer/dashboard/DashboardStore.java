package eu.goodpractice.transfer.dashboard;

import java.util.List;
import java.util.Set;

/**
 * The dashboards' read side over the registry and the stored assessment results. Every method costs a fixed number
 * of statements, however many practices, countries or ratings there are. {@code spaces} are already narrowed to
 * those the viewer may view and are never empty.
 */
public interface DashboardStore {
    /** The spaces that hold practices (not trashed). */
    Set<String> spaceKeys();

    /** The counts over every practice of the spaces that matches the filter. */
    DashboardCounts counts(Set<String> spaces, DashboardFilter filter);

    /** The filter's page of practices, sorted as it asks, each with its stored results (total: see counts). */
    List<DashboardRow> rows(Set<String> spaces, DashboardFilter filter);

    /**
     * Every practice of the spaces that matches the filter (the page ignored), in the filter's sort order, handed over
     * {@code chunkSize} at a time with their stored results: one statement for the matching ids, then two per chunk,
     * so an export of any size holds the ids and one chunk in memory.
     */
    void forEachChunk(Set<String> spaces, DashboardFilter filter, int chunkSize,
                      java.util.function.Consumer<List<DashboardRow>> sink);
}
