package eu.goodpractice.transfer.upgrade;

import eu.goodpractice.transfer.testhost.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import net.java.ao.test.jdbc.JdbcConfiguration;
import net.java.ao.test.jdbc.Postgres;

/**
 * The upgrade path on the embedded PostgreSQL server, in a database of its own (recreated before each test), so the
 * store tests' shared database keeps its current tables.
 */
public class UpgradePathPostgresTest extends UpgradePathContract {
    private static final String DATABASE = "gpt_upgrade";

    @Override
    protected JdbcConfiguration emptyDatabase() throws Exception {
        EmbeddedPostgres server = new EmbeddedPostgres();
        try (Connection connection = DriverManager.getConnection(server.getUrl(), server.getUsername(),
                server.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        String url = server.getUrl().replaceFirst("/postgres(\\?|$)", "/" + DATABASE + "$1");
        return new Postgres(url, server.getUsername(), server.getPassword(), "public");
    }
}
