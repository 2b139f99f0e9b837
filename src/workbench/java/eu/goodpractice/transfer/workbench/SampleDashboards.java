package eu.goodpractice.transfer.workbench;

/**
 * The coordinator's pages (ids 1201 to 1249): the practice dashboard over every space the reader may view, and the
 * transfer matrix of the working group's space. They show the sample practices and assessments seeded before.
 */
final class SampleDashboards {
    static final long DASHBOARD_PAGE = 1201;
    static final long MATRIX_PAGE = 1202;

    private SampleDashboards() {
    }

    static void seed(PageRepository pages) {
        pages.save(DASHBOARD_PAGE, SampleData.SPACE, "Coordinator dashboard",
                "<p>Every documented practice the working group can see, with its status and how ready it is for "
                        + "transfer to each partner country.</p>"
                        + "<ac:structured-macro ac:name=\"practice-dashboard\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"spaces\">all</ac:parameter>"
                        + "<ac:parameter ac:name=\"pageSize\">5</ac:parameter></ac:structured-macro>", null);
        pages.save(MATRIX_PAGE, SampleData.SPACE, "Transfer matrix",
                "<p>Which practice suits which partner country: band and score per target country.</p>"
                        + "<ac:structured-macro ac:name=\"transfer-matrix\" ac:schema-version=\"1\"/>", null);
    }
}
