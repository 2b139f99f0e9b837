package eu.goodpractice.transfer.dashboard.ao;

import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.dashboard.DashboardCounts;
import eu.goodpractice.transfer.dashboard.DashboardFilter;
import eu.goodpractice.transfer.platform.ReadOnlySql;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.practice.ao.AoPracticeLabel;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The dashboard's counts, counted by the database: two {@code GROUP BY} statements (practices by status and country;
 * stored results by target country and band, of the matching practices only), so a render reads a few dozen count
 * rows however many practices and results there are. Every value is a bound parameter.
 */
final class DashboardCountSql {
    private final ReadOnlySql.Sql sql;

    DashboardCountSql(ReadOnlySql.Sql sql) {
        this.sql = sql;
    }

    Set<String> spaceKeys() throws SQLException {
        Set<String> keys = new TreeSet<>();
        sql.query("SELECT DISTINCT " + practice(AoPractice.SPACE_KEY) + " FROM " + sql.name(DashboardTables.PRACTICE)
                        + " p WHERE " + practice(AoPractice.TRASHED) + " = ?", List.of(false),
                row -> keys.add(row.getString(1)));
        return keys;
    }

    DashboardCounts counts(Set<String> spaces, DashboardFilter filter) throws SQLException {
        PracticeWhere where = where(spaces, filter);
        int[] total = {0};
        Map<PracticeStatus, Integer> byStatus = new EnumMap<>(PracticeStatus.class);
        Map<String, Integer> byCountry = new TreeMap<>();
        String status = practice(AoPractice.STATUS);
        String country = practice(AoPractice.COUNTRY);
        sql.query("SELECT " + status + ", " + country + ", COUNT(*) FROM " + sql.name(DashboardTables.PRACTICE)
                + " p WHERE " + where.sql() + " GROUP BY " + status + ", " + country, where.values(), row -> {
                    int count = row.getInt(3);
                    total[0] += count;
                    byStatus.merge(PracticeStatus.valueOf(row.getString(1)), count, Integer::sum);
                    if (row.getString(2) != null) {
                        byCountry.merge(row.getString(2), count, Integer::sum);
                    }
                });
        Map<String, Integer> byBand = new HashMap<>();
        Map<String, Map<String, Integer>> byTarget = new TreeMap<>();
        String target = result(AoResultSummary.COUNTRY);
        String band = result(AoResultSummary.BAND);
        List<Object> values = new ArrayList<>(spaces);
        values.addAll(where.values());
        // a result counts when its page is one of the matching practices (a semi-join: never twice for one result);
        // results are kept with their page's space, so the space list keeps the scan to the viewable spaces
        sql.query("SELECT " + target + ", " + band + ", COUNT(*) FROM " + sql.name(DashboardTables.RESULT_SUMMARY)
                + " r WHERE " + result(AoResultSummary.SPACE_KEY) + " IN (" + placeholders(spaces) + ") AND "
                + result(AoResultSummary.PAGE_ID) + " IN (SELECT " + practice(AoPractice.PAGE_ID) + " FROM "
                + sql.name(DashboardTables.PRACTICE) + " p WHERE " + where.sql() + ") GROUP BY " + target + ", "
                + band, values, row -> {
                    int count = row.getInt(3);
                    String bandName = row.getString(2) == null ? DashboardCounts.INCOMPLETE : row.getString(2);
                    byBand.merge(bandName, count, Integer::sum);
                    byTarget.computeIfAbsent(row.getString(1), c -> new HashMap<>())
                            .merge(bandName, count, Integer::sum);
                });
        return new DashboardCounts(total[0], byStatus, byCountry, byBand, byTarget);
    }

    /** The filter on the practice table {@code p}; the labelled pages in a sub-select of the same statement. */
    private PracticeWhere where(Set<String> spaces, DashboardFilter filter) {
        return PracticeWhere.of(spaces, filter, this::practice, labels -> new PracticeWhere(
                practice(AoPractice.PAGE_ID) + " IN (SELECT l." + sql.name(AoPracticeLabel.PAGE_ID) + " FROM "
                        + sql.name(DashboardTables.PRACTICE_LABEL) + " l WHERE l."
                        + sql.name(AoPracticeLabel.LABEL_NAME) + " IN (" + placeholders(labels) + "))",
                List.copyOf(labels)));
    }

    private String practice(String column) {
        return sql.column("p", column);
    }

    private String result(String column) {
        return sql.column("r", column);
    }

    private static String placeholders(Collection<?> values) {
        return PracticeWhere.placeholders(values);
    }
}
