package eu.goodpractice.transfer.dashboard.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.dashboard.DashboardCounts;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.dashboard.DashboardRow;
import eu.goodpractice.transfer.dashboard.DashboardStore;
import eu.goodpractice.transfer.platform.ReadOnlySql;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.practice.ao.AoPracticeLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.java.ao.Query;

/**
 * {@link DashboardStore} on Active Objects, reading the registry's and the stored results' tables (never writing
 * them). A view costs four statements whatever the data size: two {@code GROUP BY} counts in plain SQL (see
 * {@link DashboardCountSql}: AO's Query cannot count by group), the page of practices, and the stored results of
 * that page's practices through one IN list; a label filter adds one to the rows (the labelled pages).
 */
public class ActiveObjectsDashboardStore implements DashboardStore {
    private final ActiveObjects ao;
    private final ReadOnlySql sql;

    public ActiveObjectsDashboardStore(ActiveObjects ao, ReadOnlySql sql) {
        this.ao = ao;
        this.sql = sql;
    }

    @Override
    public Set<String> spaceKeys() {
        return sql.read(connection -> new DashboardCountSql(connection).spaceKeys());
    }

    @Override
    public DashboardCounts counts(Set<String> spaces, DashboardFilter filter) {
        return sql.read(connection -> new DashboardCountSql(connection).counts(spaces, filter));
    }

    @Override
    public List<DashboardRow> rows(Set<String> spaces, DashboardFilter filter) {
        PracticeWhere where = where(spaces, filter);
        AoPractice[] practices = ao.find(AoPractice.class, Query.select().where(where.sql(), where.values().toArray())
                .order(order(filter)).offset(filter.page().start()).limit(filter.page().limit()));
        return withResults(practices);
    }

    @Override
    public void forEachChunk(Set<String> spaces, DashboardFilter filter, int chunkSize,
                             Consumer<List<DashboardRow>> sink) {
        // the ids first, in the dashboard's order (a few bytes a practice), then the practices a chunk at a time:
        // the export follows the sort the viewer chose and sees each practice once even while others write
        PracticeWhere where = where(spaces, filter);
        IdList ids = new IdList();
        ao.stream(AoPractice.class,
                Query.select("ID").where(where.sql(), where.values().toArray()).order(order(filter)),
                row -> ids.add(row.getID()));
        for (int from = 0; from < ids.size(); from += chunkSize) {
            int[] chunk = ids.slice(from, Math.min(ids.size(), from + chunkSize));
            Map<Integer, AoPractice> byId = new HashMap<>();
            for (AoPractice practice : ao.find(AoPractice.class, Query.select().where("ID IN ("
                    + placeholders(chunk.length) + ")", Arrays.stream(chunk).boxed().toArray()))) {
                byId.put(practice.getID(), practice);
            }
            // a practice deleted since the ids were read is left out
            AoPractice[] inOrder = Arrays.stream(chunk).mapToObj(byId::get).filter(Objects::nonNull)
                    .toArray(AoPractice[]::new);
            if (inOrder.length > 0) {
                sink.accept(withResults(inOrder));
            }
        }
    }

    private static String order(DashboardFilter filter) {
        String direction = filter.descending() ? " DESC" : " ASC";
        return filter.sort().column() + direction + ", " + AoPractice.SORT_TITLE + " ASC, ID ASC";
    }

    /** A growable list of row ids without a boxed Integer per row. */
    private static final class IdList {
        private int[] ids = new int[1024];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }

        int size() {
            return size;
        }

        int[] slice(int from, int to) {
            return Arrays.copyOfRange(ids, from, to);
        }
    }

    private List<DashboardRow> withResults(AoPractice[] practices) {
        Map<Long, List<ResultSummary>> results = results(Arrays.stream(practices).map(AoPractice::getPageId).toList());
        List<DashboardRow> rows = new ArrayList<>();
        for (AoPractice row : practices) {
            rows.add(new DashboardRow(row.getPageId(), row.getSpaceKey(), row.getTitle(), row.getInstitution(),
                    row.getCountry(), row.getTheme(), PracticeStatus.valueOf(row.getStatus()),
                    row.getUpdatedAt().toInstant(), results.getOrDefault(row.getPageId(), List.of())));
        }
        return rows;
    }

    private Map<Long, List<ResultSummary>> results(Collection<Long> pageIds) {
        Map<Long, List<ResultSummary>> results = new HashMap<>();
        if (pageIds.isEmpty()) {
            return results;
        }
        for (AoResultSummary row : ao.find(AoResultSummary.class, Query.select()
                .where(AoResultSummary.PAGE_ID + " IN (" + placeholders(pageIds.size()) + ")", pageIds.toArray())
                .order(AoResultSummary.COUNTRY + " ASC, ID ASC"))) {
            results.computeIfAbsent(row.getPageId(), id -> new ArrayList<>()).add(new ResultSummary(row.getPageId(),
                    row.getSpaceKey(), row.getCountry(), row.getScore(),
                    Optional.ofNullable(row.getBand()).map(Band::valueOf), row.getCoverage(), row.getAssessors(),
                    row.getUpdatedAt().toInstant()));
        }
        return results;
    }

    /** The filter in AO's raw WHERE (bare names); the labelled pages first, by one statement of their own. */
    private PracticeWhere where(Set<String> spaces, DashboardFilter filter) {
        // AO quotes no table name inside a raw WHERE, so a sub-SELECT would not run on PostgreSQL: one more
        // statement finds the labelled pages (a page id that does not exist stands in for none)
        return PracticeWhere.of(spaces, filter, column -> column, labels -> {
            List<Long> labelled = labelledPages(labels);
            return new PracticeWhere(AoPractice.PAGE_ID + " IN (" + placeholders(Math.max(1, labelled.size())) + ")",
                    new ArrayList<>(labelled.isEmpty() ? List.of(-1L) : labelled));
        });
    }

    private List<Long> labelledPages(Set<String> labels) {
        Set<Long> pages = new TreeSet<>();
        ao.stream(AoPracticeLabel.class, Query.select("ID, " + AoPracticeLabel.PAGE_ID)
                .where(AoPracticeLabel.LABEL_NAME + " IN (" + placeholders(labels.size()) + ")", labels.toArray()),
                row -> pages.add(row.getPageId()));
        return new ArrayList<>(pages);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
