package eu.goodpractice.transfer.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The floor: what the dashboard's first page shows, fetched by hand-written SQL over plain JDBC on one open
 * connection, as a developer would write it without Active Objects, the app's layers or any rendering: the counts by
 * status and country and by band (GROUP BY), the first 25 practices by title, and the stored results of those 25.
 */
final class PlainSqlFloor {
    static final int STATEMENTS = 4;
    private static final String PRACTICE = "\"AO_27884E_PRACTICE\"";
    private static final String RESULT = "\"AO_27884E_RESULT_SUMMARY\"";

    private final Connection connection;
    private final String spaces;
    private final List<String> spaceKeys = new ArrayList<>();

    PlainSqlFloor(BenchmarkDatabase database, BenchmarkData data) throws SQLException {
        this.connection = database.connect();
        for (int s = 0; s < BenchmarkData.SPACES; s++) {
            spaceKeys.add(BenchmarkData.space(s));
        }
        this.spaces = "\"SPACE_KEY\" IN (" + String.join(", ", Collections.nCopies(spaceKeys.size(), "?")) + ")";
    }

    long fetchFirstPage() throws SQLException {
        long seen = 0;
        seen += read("SELECT \"STATUS\", \"COUNTRY\", COUNT(*) FROM " + PRACTICE + " WHERE " + spaces
                + " AND \"TRASHED\" = FALSE GROUP BY \"STATUS\", \"COUNTRY\"", List.of());
        seen += read("SELECT r.\"COUNTRY\", r.\"BAND\", COUNT(*) FROM " + RESULT + " r JOIN " + PRACTICE
                + " p ON p.\"PAGE_ID\" = r.\"PAGE_ID\" WHERE p." + spaces + " AND p.\"TRASHED\" = FALSE"
                + " GROUP BY r.\"COUNTRY\", r.\"BAND\"", List.of());
        List<Object> pageIds = new ArrayList<>();
        try (PreparedStatement page = connection.prepareStatement("SELECT \"ID\", \"PAGE_ID\", \"SPACE_KEY\", \"TITLE\","
                + " \"INSTITUTION\", \"COUNTRY\", \"THEME\", \"STATUS\", \"UPDATED_AT\" FROM " + PRACTICE + " WHERE "
                + spaces + " AND \"TRASHED\" = FALSE ORDER BY \"SORT_TITLE\" ASC, \"ID\" ASC LIMIT 25")) {
            bindSpaces(page, 1);
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next()) {
                    pageIds.add(rs.getLong(2));
                    seen += rs.getString(4).length();
                }
            }
        }
        seen += read("SELECT \"PAGE_ID\", \"COUNTRY\", \"SCORE\", \"BAND\", \"COVERAGE\", \"ASSESSORS\", \"UPDATED_AT\""
                + " FROM " + RESULT + " WHERE \"PAGE_ID\" IN (" + String.join(", ", Collections.nCopies(pageIds.size(),
                "?")) + ") ORDER BY \"COUNTRY\", \"ID\"", pageIds);
        return seen;
    }

    /** Runs a query with the spaces bound first (when it names them), then {@code values}; counts its rows. */
    private long read(String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = sql.contains("\"SPACE_KEY\" IN") ? bindSpaces(statement, 1) : 1;
            for (Object value : values) {
                statement.setObject(next++, value);
            }
            long rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private int bindSpaces(PreparedStatement statement, int first) throws SQLException {
        int next = first;
        for (String key : spaceKeys) {
            statement.setString(next++, key);
        }
        return next;
    }
}
