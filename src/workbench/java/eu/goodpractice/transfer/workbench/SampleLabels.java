package eu.goodpractice.transfer.workbench;

import java.util.Map;

/**
 * Public labels on the sample practice pages, as partners would tag them. They are set after the practices are
 * registered, so each one reaches the app as Confluence delivers it: a label event per label added. Adds no pages.
 */
final class SampleLabels {
    static final Map<Long, String> LABELS = Map.of(
            1101L, "apprenticeship,mentoring",
            1102L, "digital,hospitality",
            1103L, "apprenticeship,mentoring,train-the-trainer",
            1104L, "apprenticeship,company-network",
            1105L, "digital,green-skills",
            1106L, "mentoring,quality",
            1107L, "digital,apprenticeship");

    private SampleLabels() {
    }

    static void seed(PageRepository pages) {
        LABELS.forEach(pages::relabel);
    }
}
