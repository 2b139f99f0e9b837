package eu.goodpractice.transfer.portability;

import java.util.List;

/** The identity of the app's space data file, checked before an import reads anything else. */
public final class SpaceDataFormat {
    public static final String FORMAT = "practice-transfer-space-data";
    /** The file format's version: raised when a file of this version could not be read the same way any more. */
    public static final int VERSION = 1;
    /**
     * The app's data model version (the newest AO upgrade task, {@code ResultSummaryBackfill}) when the file was
     * written, for the reader's information: files carry every column by name, so an import of an older model's
     * file leaves newer columns at their defaults.
     */
    public static final int DATA_MODEL_VERSION = 1;

    /** The file's sections, in the order an import writes them; a record refers only to earlier sections. */
    public static final List<String> SECTIONS = List.of("practices", "practiceLabels", "statusChanges",
            "vocabularyTerms", "spaceSettings", "criteriaSets", "assessmentStates", "ratings", "ratingChanges",
            "assessmentResults", "actionPlans", "actionSteps", "stakeholders", "engagements", "dissemination");

    private SpaceDataFormat() {
    }
}
