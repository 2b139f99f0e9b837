package eu.goodpractice.transfer.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.workbench.AuthorisationMatrix.MacroRow;
import eu.goodpractice.transfer.workbench.AuthorisationMatrix.RestRow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix covers the whole app: every REST method the descriptor's REST modules load and every
 * macro the descriptor declares has its row, and no row names something that is gone. A new endpoint or macro fails
 * here, by name, until someone decides what each role gets from it.
 */
class AuthorisationMatrixCoverageTest {
    private static final PluginDescriptor DESCRIPTOR =
            PluginDescriptor.fromClassPath(AuthorisationMatrixCoverageTest.class.getClassLoader());

    @Test
    void everyRestEndpointHasExactlyOneRowAndEveryRowAnEndpoint() {
        Map<String, String> declared = RestEndpoints.of(DESCRIPTOR).stream().collect(Collectors.toMap(
                RestEndpoints.Declared::key, RestEndpoints.Declared::javaMethod, (a, b) -> a + ", " + b));
        List<String> rows = AuthorisationMatrix.REST.stream().map(RestRow::key).toList();

        Set<String> missing = new TreeSet<>(declared.keySet());
        rows.forEach(missing::remove);
        assertThat(missing.stream().map(key -> key + " (" + declared.get(key) + ")").toList())
                .as("REST endpoints without a row in AuthorisationMatrix.REST").isEmpty();
        assertThat(rows).as("rows for endpoints that do not exist").allMatch(declared::containsKey);
        assertThat(rows).as("one row per endpoint").doesNotHaveDuplicates();
    }

    @Test
    void everyRowSendsItsRequestToItsOwnEndpointAndNamesEveryRole() {
        for (RestRow row : AuthorisationMatrix.REST) {
            String template = row.key().substring(row.key().indexOf(' ') + 1);
            String pattern = template.replace(".", "\\.").replaceAll("\\{\\w+}", "[^/]+");
            assertThat(row.request().replaceAll("\\?.*", "")).as(row.key()).matches(pattern);
            assertThat(row.expected()).as(row.key()).hasSize(AuthorisationMatrix.Role.values().length);
            assertThat(row.body() == null || !row.verb().equals("GET")).as(row.key()).isTrue();
        }
    }

    @Test
    void everyMacroOfTheDescriptorHasExactlyOneRow() {
        Set<String> declared = DESCRIPTOR.macros().stream().map(PluginDescriptor.MacroModule::name)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> rows = AuthorisationMatrix.MACROS.stream().map(MacroRow::name).toList();

        Set<String> missing = new LinkedHashSet<>(declared);
        rows.forEach(missing::remove);
        assertThat(missing).as("macros without a row in AuthorisationMatrix.MACROS").isEmpty();
        assertThat(rows).as("rows for macros that do not exist").allMatch(declared::contains);
        assertThat(rows).doesNotHaveDuplicates();
        assertThat(AuthorisationMatrix.MACROS).allSatisfy(row -> assertThat(row.expected()).as(row.name())
                .hasSize(AuthorisationMatrix.Role.values().length));
    }
}
