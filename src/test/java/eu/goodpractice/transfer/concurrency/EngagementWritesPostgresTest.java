package eu.goodpractice.transfer.concurrency;

import eu.goodpractice.transfer.testhost.AppSchema;
import eu.goodpractice.transfer.testhost.EmbeddedPostgres;
import eu.goodpractice.transfer.workbench.host.AppTableNames;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/**
 * The concurrent stakeholder and dissemination writers on PostgreSQL, with Confluence's real table and column names.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(EmbeddedPostgres.class)
@Data(AppSchema.class)
@NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class)
public class EngagementWritesPostgresTest extends EngagementWritesContract {
    /**
     * Half the rounds of H2: AO's test runner opens a new connection for every call (it has no pool), which costs a
     * PostgreSQL server process each time; 8 x 100 still makes every write race the others.
     */
    @Override
    protected int writesEach() {
        return 100;
    }
}
