package eu.goodpractice.transfer.assessment.macro;

import eu.goodpractice.transfer.assessment.Band;
import java.util.Locale;

/** The i18n keys of the assessment's bands. */
final class AssessmentLabels {
    private AssessmentLabels() {
    }

    static String band(Band band) {
        return "transfer.assessment.band." + slug(band);
    }

    static String slug(Band band) {
        return band.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
