package eu.goodpractice.transfer.workbench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's H2 database file: the app's AO tables live here (through the real EntityManager), next to the
 * stand-in host's own two tables, pages and settings, so everything survives a restart.
 */
public final class WorkbenchDatabase {
    /** A page as the host keeps it: storage-format body, optionally restricted to some users. */
    public record PageRecord(long id, String spaceKey, String title, String body, String viewers, boolean trashed,
                             String labels) {
        /** True when the page carries the label (labels are kept comma-separated). */
        public boolean hasLabel(String label) {
            return labels != null && java.util.Arrays.asList(labels.split(",")).contains(label);
        }
    }

    private final String url;

    public WorkbenchDatabase(Path directory) {
        // WRITE_DELAY=0: H2 writes each commit to its file before the commit returns, instead of up to half a second
        // later from a background thread, so a write acknowledged to a client survives the process being killed
        // (WorkbenchCrashTest). It does not fsync: a power cut can still lose the last commits, as for any OS cache.
        this.url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("workbench")
                + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
        execute("CREATE TABLE IF NOT EXISTS WB_PAGE (ID BIGINT PRIMARY KEY, SPACE_KEY VARCHAR(255) NOT NULL, "
                + "TITLE VARCHAR(255) NOT NULL, BODY CLOB, VIEWERS VARCHAR(1000))");
        execute("ALTER TABLE WB_PAGE ADD COLUMN IF NOT EXISTS TRASHED BOOLEAN DEFAULT FALSE NOT NULL");
        execute("ALTER TABLE WB_PAGE ADD COLUMN IF NOT EXISTS LABELS VARCHAR(1000)");
        execute("CREATE TABLE IF NOT EXISTS WB_SETTING (NAME VARCHAR(255) PRIMARY KEY, SETTING_VALUE VARCHAR(1000))");
    }

    public String url() {
        return url;
    }

    public List<PageRecord> pages() {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID, SPACE_KEY, TITLE, BODY, VIEWERS, TRASHED, LABELS FROM WB_PAGE ORDER BY ID")) {
            List<PageRecord> pages = new ArrayList<>();
            while (rs.next()) {
                pages.add(new PageRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7)));
            }
            return pages;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void save(PageRecord page) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "MERGE INTO WB_PAGE (ID, SPACE_KEY, TITLE, BODY, VIEWERS, TRASHED, LABELS) KEY (ID) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, page.id());
            s.setString(2, page.spaceKey());
            s.setString(3, page.title());
            s.setString(4, page.body());
            s.setString(5, page.viewers());
            s.setBoolean(6, page.trashed());
            s.setString(7, page.labels());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void delete(long pageId) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("DELETE FROM WB_PAGE WHERE ID = ?")) {
            s.setLong(1, pageId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> setting(String name) {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT SETTING_VALUE FROM WB_SETTING WHERE NAME = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setSetting(String name, String value) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "MERGE INTO WB_SETTING (NAME, SETTING_VALUE) KEY (NAME) VALUES (?, ?)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the database file cleanly, so the next start finds it intact. */
    public void shutdown() {
        execute("SHUTDOWN");
    }

    private void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }
}
