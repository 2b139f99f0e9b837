package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Plain read-only SQL on the host's database connection (SAL's {@link TransactionalExecutorFactory}), for the one
 * thing Active Objects' {@code Query} cannot say portably: {@code COUNT(*) ... GROUP BY} (it quotes every selected
 * name on PostgreSQL). Statements are built by the caller from {@link Sql} so identifiers are quoted the way the
 * database wants them, and every value is a bound parameter.
 */
public class ReadOnlySql {
    private final TransactionalExecutorFactory executors;

    public ReadOnlySql(TransactionalExecutorFactory executors) {
        this.executors = executors;
    }

    /** What to run on the connection: build statements with {@code sql}, read the rows, return the result. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    /** Reads one row of a result set. */
    @FunctionalInterface
    public interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }

    public <T> T read(Work<T> work) {
        return executors.createReadOnly().execute(connection -> {
            try {
                return work.run(new Sql(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the app's tables failed: " + e.getMessage(), e);
            }
        });
    }

    /** The connection seen through quoting and parameter binding. */
    public static final class Sql {
        private final Connection connection;
        private final String quote;

        Sql(Connection connection) throws SQLException {
            this.connection = connection;
            String quoteString = connection.getMetaData().getIdentifierQuoteString();
            this.quote = quoteString == null || quoteString.isBlank() ? "" : quoteString.trim();
        }

        /** A table or column name as Active Objects created it (upper case, quoted where the database quotes). */
        public String name(String identifier) {
            return quote + identifier + quote;
        }

        /** {@code alias.name}, quoted. */
        public String column(String alias, String identifier) {
            return alias + "." + name(identifier);
        }

        public void query(String statement, List<?> values, RowHandler handler) throws SQLException {
            try (PreparedStatement prepared = connection.prepareStatement(statement)) {
                for (int i = 0; i < values.size(); i++) {
                    prepared.setObject(i + 1, values.get(i));
                }
                try (ResultSet rows = prepared.executeQuery()) {
                    while (rows.next()) {
                        handler.row(rows);
                    }
                }
            }
        }
    }
}
