package eu.goodpractice.transfer.dashboard;

/** The columns a dashboard sorts by, each with the registry column it sorts on in SQL. */
public enum DashboardSort {
    TITLE("SORT_TITLE"),
    INSTITUTION("INSTITUTION"),
    COUNTRY("COUNTRY"),
    THEME("THEME"),
    STATUS("STATUS"),
    UPDATED("UPDATED_AT");

    private final String column;

    DashboardSort(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
