package eu.goodpractice.transfer.upgrade;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.java.ao.EntityManager;

/**
 * The app's tables read with plain JDBC, past Active Objects: the columns (name, type, size) of every table and
 * every row, column by column, ordered by ID. Two snapshots are equal only if nothing was lost or changed.
 */
record TableSnapshot(Map<String, List<String>> columns, Map<String, List<Map<String, Object>>> rows) {

    static TableSnapshot of(EntityManager entityManager, String tablePrefix) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : tables(meta, entityManager.getProvider().getSchema(), tablePrefix)) {
                columns.put(table, columns(meta, entityManager.getProvider().getSchema(), table));
                rows.put(table, rows(connection, table));
            }
        }
        return new TableSnapshot(columns, rows);
    }

    List<Map<String, Object>> rowsOf(String table) {
        return rows.getOrDefault(table, List.of());
    }

    private static List<String> tables(DatabaseMetaData meta, String schema, String prefix) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (name.startsWith(prefix)) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + "("
                        + rs.getInt("COLUMN_SIZE") + ") nullable=" + rs.getString("IS_NULLABLE"));
            }
        }
        columns.sort(null);
        return columns;
    }

    private static List<Map<String, Object>> rows(Connection connection, String table) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY \"ID\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), plain(rs.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Large text comes back as a Clob on H2; its characters are what counts. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }
}
