package eu.goodpractice.transfer.dashboard.ao;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.practice.ao.AoPracticeLabel;
import eu.goodpractice.transfer.workbench.host.AppTableNames;
import org.junit.jupiter.api.Test;

/** The table names the dashboard's plain SQL uses are the ones Confluence's Active Objects gives the entities. */
class DashboardTablesTest {
    private final AppTableNames names = new AppTableNames();

    @Test
    void namesAreThoseActiveObjectsDerivesFromTheNamespaceAndTheEntities() {
        assertThat(DashboardTables.PRACTICE).isEqualTo(names.getName(AoPractice.class));
        assertThat(DashboardTables.RESULT_SUMMARY).isEqualTo(names.getName(AoResultSummary.class));
        assertThat(DashboardTables.PRACTICE_LABEL).isEqualTo(names.getName(AoPracticeLabel.class));
    }
}
