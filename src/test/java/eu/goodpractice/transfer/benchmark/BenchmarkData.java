package eu.goodpractice.transfer.benchmark;

import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.VocabularyKind;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * A consortium's data, written straight into the app's AO tables over JDBC: {@code practices} practices across 20
 * spaces, each fully assessed for 7 target countries by 3 assessors on the 20 shipped criteria (420 ratings and 7
 * stored results a practice), and {@code 5 x practices} action steps in 140 plans. PostgreSQL is loaded with COPY,
 * H2 with batched inserts; generating rows from their index keeps memory flat.
 */
final class BenchmarkData {
    static final int SPACES = 20;
    static final long FIRST_PAGE_ID = 1_000_000L;
    static final List<String> TARGET_COUNTRIES = List.of("DE", "FR", "IT", "ES", "PL", "NL", "FI");
    static final int ASSESSORS = 3;
    private static final int INSTITUTIONS_PER_SPACE = 7;
    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String TABLE = "AO_27884E_";

    private final BenchmarkDatabase database;
    private final int practices;
    private final List<String> criteria = ShippedCriteria.set().activeCriteria().stream().map(Criterion::key).toList();
    private final List<String> themes = List.copyOf(VocabularyKind.THEME.shippedTerms());

    BenchmarkData(BenchmarkDatabase database, int practices) {
        this.database = database;
        this.practices = practices;
    }

    static String space(int index) {
        return String.format(Locale.ROOT, "S%02d", index % SPACES + 1);
    }

    long ratings() {
        return (long) practices * TARGET_COUNTRIES.size() * ASSESSORS * criteria.size();
    }

    int steps() {
        return practices * 5;
    }

    void seed() throws Exception {
        Timestamp now = Timestamp.from(NOW);
        insert("PRACTICE", List.of("PAGE_ID", "SPACE_KEY", "TITLE", "SORT_TITLE", "INSTITUTION", "COUNTRY", "THEME",
                "TARGET_GROUPS", "EQF_LEVELS", "SEARCH_TEXT", "STATUS", "TRASHED", "ONGOING", "CREATED_BY",
                "CREATED_AT", "UPDATED_BY", "UPDATED_AT", "LOCK_VERSION"), practices, i -> {
                    String title = String.format(Locale.ROOT, "Practice %05d %s", (i * 7919) % practices,
                            themes.get(i % themes.size()));
                    Timestamp updated = Timestamp.from(NOW.minusSeconds(60L * i));
                    return new Object[] {FIRST_PAGE_ID + i, space(i), title, title.toLowerCase(Locale.ROOT),
                            "Institution " + (i % (SPACES * INSTITUTIONS_PER_SPACE)), TARGET_COUNTRIES.get(i % 7),
                            themes.get(i % themes.size()), ",apprentices,", ",4,5,", title.toLowerCase(Locale.ROOT),
                            PracticeStatus.values()[i % PracticeStatus.values().length].name(), false, false,
                            "coordinator", updated, "coordinator", updated, 0};
                });
        int countries = TARGET_COUNTRIES.size();
        insert("RESULT_SUMMARY", List.of("PAGE_ID", "SPACE_KEY", "COUNTRY", "SCORE", "BAND", "COVERAGE", "ASSESSORS",
                "UPDATED_AT"), practices * countries, i -> {
                    int practice = i / countries;
                    boolean incomplete = i % 10 == 9;
                    double score = 1 + (i * 37 % 41) / 10.0;
                    return new Object[] {FIRST_PAGE_ID + practice, space(practice), TARGET_COUNTRIES.get(i % countries),
                            incomplete ? null : score, incomplete ? null : band(score).name(), incomplete ? 0.5 : 1.0,
                            ASSESSORS, now};
                });
        int perPractice = countries * ASSESSORS * criteria.size();
        String setKey = ShippedCriteria.set().key();
        insert("RATING", List.of("PAGE_ID", "COUNTRY", "CRITERION_KEY", "ASSESSOR_KEY", "RATING_VALUE", "RATIONALE",
                "SET_KEY", "SET_VERSION", "UPDATED_AT"), practices * perPractice, i -> {
                    int practice = i / perPractice;
                    int rest = i % perPractice;
                    int criterion = rest % criteria.size();
                    int assessor = rest / criteria.size() % ASSESSORS;
                    int country = rest / criteria.size() / ASSESSORS;
                    return new Object[] {FIRST_PAGE_ID + practice, TARGET_COUNTRIES.get(country), criteria.get(criterion),
                            "assessor-" + assessor, i % 23 == 0 ? "NA" : String.valueOf(1 + i % 5),
                            "Reason " + criterion, setKey, 1, now};
                });
        int plans = SPACES * INSTITUTIONS_PER_SPACE;
        insert("ACTION_PLAN", List.of("SPACE_KEY", "INSTITUTION", "INSTITUTION_KEY", "COUNTRY", "CREATED_BY",
                "CREATED_AT", "UPDATED_BY", "UPDATED_AT", "LOCK_VERSION"), plans, i -> new Object[] {space(i),
                        "Institution " + i, "institution " + i, TARGET_COUNTRIES.get(i % 7), "coordinator", now,
                        "coordinator", now, 0});
        List<Integer> planIds = planIds();
        insert("ACTION_STEP", List.of("PLAN_ID", "SORT_KEY", "TITLE", "OWNER_KEY", "DUE_DATE", "STATUS", "PRIORITY",
                "PRACTICE_PAGE_ID", "CREATED_BY", "CREATED_AT", "UPDATED_BY", "UPDATED_AT", "LOCK_VERSION"), steps(),
                i -> {
                    int plan = i % plans;
                    // a practice of the plan's space: practice indexes congruent to the plan's space modulo 20
                    long practice = FIRST_PAGE_ID + (long) (i / plans % Math.max(1, practices / SPACES)) * SPACES
                            + plan % SPACES;
                    return new Object[] {planIds.get(plan), i / plans, "Step " + i, "editor-" + plan % 7,
                            "2027-0" + (1 + i % 9) + "-15", StepStatus.values()[i % StepStatus.values().length].name(),
                            StepPriority.values()[i % 3].name(), practice, "coordinator", now, "coordinator", now, 0};
                });
        database.analyze();
    }

    private static Band band(double score) {
        return score >= 4 ? Band.READY : score >= 3 ? Band.ADAPTATION : score >= 2 ? Band.GROUNDWORK : Band.NOT_NOW;
    }

    private List<Integer> planIds() throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"ID\" FROM \"" + TABLE + "ACTION_PLAN\" ORDER BY \"ID\"")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    private void insert(String table, List<String> columns, int rows, IntFunction<Object[]> row) throws Exception {
        String quoted = String.join(", ", columns.stream().map(c -> '"' + c + '"').toList());
        try (Connection c = database.connect()) {
            if (database.isPostgres()) {
                copy(c, "COPY \"" + TABLE + table + "\" (" + quoted + ") FROM STDIN WITH (FORMAT csv)", rows, row);
            } else {
                batch(c, "INSERT INTO \"" + TABLE + table + "\" (" + quoted + ") VALUES ("
                        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")", rows, row);
            }
        }
    }

    private static void copy(Connection c, String sql, int rows, IntFunction<Object[]> row) throws Exception {
        CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            Object[] values = row.apply(i);
            for (int v = 0; v < values.length; v++) {
                if (v > 0) {
                    csv.append(',');
                }
                Object value = values[v];
                if (value instanceof String text) {
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value != null) {
                    csv.append(value);
                }
            }
            csv.append('\n');
            if (csv.length() > 8_000_000 || i == rows - 1) {
                copy.copyIn(sql, new StringReader(csv.toString()));
                csv.setLength(0);
            }
        }
    }

    private static void batch(Connection c, String sql, int rows, IntFunction<Object[]> row) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                Object[] values = row.apply(i);
                for (int v = 0; v < values.length; v++) {
                    insert.setObject(v + 1, values[v]);
                }
                insert.addBatch();
                if (i % 5_000 == 4_999 || i == rows - 1) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
    }
}
