package eu.goodpractice.transfer.benchmark;

import eu.goodpractice.transfer.workbench.host.AppEntities;
import eu.goodpractice.transfer.workbench.host.AppTableNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * One database the benchmark seeds and measures: an H2 file in {@code target/benchmark}, or a database of its own
 * on an embedded PostgreSQL server (Maven Central's binaries, as the storage tests use). Active Objects creates the
 * app's tables first, with Confluence's names, exactly as in production.
 */
final class BenchmarkDatabase implements AutoCloseable {
    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    final String kind;
    final String url;
    final String user;
    final String password;
    final EntityManager entityManager;

    private BenchmarkDatabase(String kind, String url, String user, String password, String schema) throws Exception {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        // pooled, as Confluence gives Active Objects (and SAL's executor) connections from its own pool
        this.entityManager = EntityManagerBuilder.url(url).username(user).password(password).schema(schema).dbcp()
                .tableNameConverter(new AppTableNames()).fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
        entityManager.migrate(AppEntities.declared());
    }

    static BenchmarkDatabase h2(String name) throws Exception {
        Path directory = Path.of("target", "benchmark", name).toAbsolutePath();
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        Files.createDirectories(directory);
        // a 256 MB page cache (in KB), so the measured views read from memory as a warm server's would
        return new BenchmarkDatabase("H2", "jdbc:h2:file:" + directory.resolve("db") + ";DB_CLOSE_DELAY=-1;CACHE_SIZE=262144",
                "sa", "", "PUBLIC");
    }

    static BenchmarkDatabase postgres(String name) throws Exception {
        String url = server().getJdbcUrl("postgres", "postgres");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return new BenchmarkDatabase("PostgreSQL", server().getJdbcUrl("postgres", name), "postgres", "postgres",
                "public");
    }

    private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() throws IOException {
        if (postgres == null) {
            // fsync off only speeds up seeding; reads are served from shared buffers either way
            postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", "256MB").setServerConfig("max_wal_size", "2GB").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    boolean isPostgres() {
        return kind.equals("PostgreSQL");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Fresh planner statistics after bulk loading, as autovacuum would gather on a live server. */
    void analyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(isPostgres() ? "ANALYZE" : "ANALYZE");
        }
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
