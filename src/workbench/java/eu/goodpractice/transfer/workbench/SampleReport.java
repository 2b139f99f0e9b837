package eu.goodpractice.transfer.workbench;

/**
 * Sample page of the partnership report (page ids 1401–1449): every partner's figures of this year over every space
 * the reader may view, with the downloads as CSV, Excel and JSON.
 */
final class SampleReport {
    static final long REPORT_PAGE = 1401;

    private SampleReport() {
    }

    static void seed(PageRepository pages) {
        pages.save(REPORT_PAGE, SampleData.SPACE, "Partnership report",
                "<p>What each partner documented, assessed, transferred, discussed with stakeholders and "
                        + "disseminated this year, for the interim and final reports.</p>"
                        + "<ac:structured-macro ac:name=\"partnership-report\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"spaces\">all</ac:parameter></ac:structured-macro>", null);
    }
}
