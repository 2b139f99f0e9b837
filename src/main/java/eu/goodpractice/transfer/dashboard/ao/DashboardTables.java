package eu.goodpractice.transfer.dashboard.ao;

/**
 * The names Confluence's Active Objects gives the tables the dashboard counts in plain SQL: "AO_" + the last six hex
 * digits of the MD5 of the AO namespace (the plugin key) + the entity's {@code @Table} name in upper snake case.
 * They are fixed for as long as the plugin key is; {@code DashboardTablesTest} derives them from the entities.
 */
final class DashboardTables {
    static final String PRACTICE = "AO_27884E_PRACTICE";
    static final String RESULT_SUMMARY = "AO_27884E_RESULT_SUMMARY";
    static final String PRACTICE_LABEL = "AO_27884E_PRACTICE_LABEL";

    private DashboardTables() {
    }
}
