package eu.goodpractice.transfer.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import eu.goodpractice.transfer.workbench.host.AppEntities;
import eu.goodpractice.transfer.workbench.host.AppTableNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.test.jdbc.JdbcConfiguration;
import org.junit.Before;
import org.junit.Test;

/**
 * Issue 8, point 7: the upgrade path from the first released data model to the current one, run on a database
 * version 1 filled, keeps every row and every value. Each subclass gives a database of its own, empty, so the
 * shared test databases of the store tests never see these tables.
 */
public abstract class UpgradePathContract {
    private static final String PREFIX = AppTableNames.PREFIX;
    private static final AppTableNames TABLE_NAMES = new AppTableNames();

    private EntityManager entityManager;
    private TableSnapshot version1;

    /** An empty database of this test's own, reachable with the returned configuration. */
    protected abstract JdbcConfiguration emptyDatabase() throws Exception;

    @Before
    public void databaseFilledByVersion1() throws Exception {
        JdbcConfiguration database = emptyDatabase();
        entityManager = EntityManagerBuilder.url(database.getUrl()).username(database.getUsername())
                .password(database.getPassword()).schema(database.getSchema()).none()
                .tableNameConverter(TABLE_NAMES).fieldNameConverter(new AtlassianFieldNameConverter()).build();
        new V1Fixture(entityManager).createSchemaAndRows();
        version1 = TableSnapshot.of(entityManager, PREFIX);
    }

    @Test
    public void version1MadeEveryTableItHadWithRows() {
        assertThat(version1.columns().keySet()).containsExactlyInAnyOrderElementsOf(tablesOf(V1Fixture.ENTITIES));
        version1.rows().forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());
    }

    @Test
    public void theUpgradeKeepsEveryRowAndValueAndEveryVersion1ColumnAsItWas() throws Exception {
        ModelVersion reached = UpgradePath.run(entityManager, ModelVersion.valueOf("0"));

        TableSnapshot upgraded = TableSnapshot.of(entityManager, PREFIX);
        assertThat(reached).isEqualTo(UpgradePath.tasks().get(UpgradePath.tasks().size() - 1).getModelVersion());
        for (String table : version1.columns().keySet()) {
            assertThat(upgraded.columns().get(table)).as("columns of %s, by name, type and size", table)
                    .isEqualTo(version1.columns().get(table));
            assertThat(upgraded.rowsOf(table)).as("rows of %s, column by column", table)
                    .isEqualTo(version1.rowsOf(table));
        }
    }

    @Test
    public void theUpgradeMakesEveryTableTheDescriptorDeclares() throws Exception {
        UpgradePath.run(entityManager, ModelVersion.valueOf("0"));

        assertThat(TableSnapshot.of(entityManager, PREFIX).columns().keySet())
                .containsExactlyInAnyOrderElementsOf(tablesOf(AppEntities.declared()));
    }

    @Test
    public void everyPracticeAndCountryRatedInVersion1HasAStoredResultInItsSpace() throws Exception {
        UpgradePath.run(entityManager, ModelVersion.valueOf("0"));

        TableSnapshot upgraded = TableSnapshot.of(entityManager, PREFIX);
        Set<List<Object>> rated = new HashSet<>();
        for (Map<String, Object> rating : upgraded.rowsOf(PREFIX + "RATING")) {
            Object pageId = ((Number) rating.get("PAGE_ID")).longValue();
            rated.add(List.of(pageId, rating.get("COUNTRY"), spaceOf(upgraded, pageId)));
        }
        List<List<Object>> summarised = new ArrayList<>();
        for (Map<String, Object> summary : upgraded.rowsOf(PREFIX + "RESULT_SUMMARY")) {
            summarised.add(List.of(((Number) summary.get("PAGE_ID")).longValue(), summary.get("COUNTRY"),
                    summary.get("SPACE_KEY")));
            assertThat(summary.get("SCORE")).as("a score for %s", summary).isNotNull();
        }
        assertThat(rated).hasSize(3);
        assertThat(summarised).containsExactlyInAnyOrderElementsOf(rated);
    }

    @Test
    public void runningThePathASecondTimeChangesNothing() throws Exception {
        UpgradePath.run(entityManager, ModelVersion.valueOf("0"));
        TableSnapshot once = TableSnapshot.of(entityManager, PREFIX);

        // from model version 0 again, stricter than the host, which would skip the tasks already run
        UpgradePath.run(entityManager, ModelVersion.valueOf("0"));

        assertThat(TableSnapshot.of(entityManager, PREFIX)).isEqualTo(once);
    }

    private static Object spaceOf(TableSnapshot snapshot, Object pageId) {
        return snapshot.rowsOf(PREFIX + "PRACTICE").stream()
                .filter(practice -> ((Number) practice.get("PAGE_ID")).longValue() == (Long) pageId)
                .map(practice -> practice.get("SPACE_KEY")).findFirst().orElseThrow();
    }

    private static List<String> tablesOf(Class<? extends RawEntity<?>>[] entities) {
        List<String> tables = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            tables.add(TABLE_NAMES.getName(entity));
        }
        return tables;
    }
}
