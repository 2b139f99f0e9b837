package eu.goodpractice.transfer.upgrade;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import net.java.ao.test.jdbc.H2Memory;
import net.java.ao.test.jdbc.JdbcConfiguration;

/** The upgrade path on H2, in an in-memory database of its own, emptied before each test. */
public class UpgradePathH2Test extends UpgradePathContract {
    private static final String URL = "jdbc:h2:mem:ao-upgrade;DB_CLOSE_DELAY=-1";

    @Override
    protected JdbcConfiguration emptyDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        }
        return new H2Memory(URL, "", "", "PUBLIC");
    }
}
