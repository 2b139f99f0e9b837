package eu.goodpractice.transfer.workbench;

/**
 * Sample page of the space data transfer (page ids 2801–2809): the coordinator, an administrator of the space,
 * downloads the space's app data and imports a file; everyone else reads that only administrators may.
 */
final class SamplePortability {
    static final long TRANSFER_PAGE = 2801;

    private SamplePortability() {
    }

    static void seed(PageRepository pages) {
        pages.save(TRANSFER_PAGE, SampleData.SPACE, "Moving the space's app data",
                "<p>Confluence's space export does not carry the app's data. Space administrators move it here.</p>"
                        + "<ac:structured-macro ac:name=\"space-data-transfer\" ac:schema-version=\"1\">"
                        + "</ac:structured-macro>", null);
    }
}
