package eu.goodpractice.transfer.portability.ao;

import eu.goodpractice.transfer.testhost.AppSchema;
import eu.goodpractice.transfer.testhost.H2Mem;
import eu.goodpractice.transfer.workbench.host.AppTableNames;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.test.converters.NameConverters;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/** Moving a space's app data on H2, with Confluence's real table and column names. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(H2Mem.class)
@Data(AppSchema.class)
@NameConverters(table = AppTableNames.class, field = AtlassianFieldNameConverter.class)
public class SpaceDataStoreH2Test extends SpaceDataStoreContract {
}
