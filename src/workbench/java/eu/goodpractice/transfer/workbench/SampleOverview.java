package eu.goodpractice.transfer.workbench;

/**
 * Sample page of the cross-space overview (page ids 1251–1299): the coordinator's view of every space with plans,
 * with the steps on assessment barriers and the export links.
 */
final class SampleOverview {
    static final long OVERVIEW_PAGE = 1251;

    private SampleOverview() {
    }

    static void seed(PageRepository pages) {
        pages.save(OVERVIEW_PAGE, SampleData.SPACE, "Progress across the working group",
                "<p>Every space with action plans you may view: progress, overdue steps and the steps on assessment "
                        + "barriers, with the steps as CSV or Excel below.</p>"
                        + "<ac:structured-macro ac:name=\"action-plan-overview\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"spaces\">all</ac:parameter></ac:structured-macro>", null);
    }
}
