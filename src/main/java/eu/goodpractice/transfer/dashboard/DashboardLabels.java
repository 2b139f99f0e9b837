package eu.goodpractice.transfer.dashboard;

import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Locale;

/**
 * The words for the dashboards' codes in the reader's language: statuses, bands, themes and countries. A theme a
 * space added itself shows as its key (looking up every space's own vocabulary would cost a statement per space).
 */
public class DashboardLabels {
    private final Messages messages;

    public DashboardLabels(Messages messages) {
        this.messages = messages;
    }

    public String status(PracticeStatus status) {
        return messages.text("transfer.practice.status." + slug(status));
    }

    /** A band's word, or "incomplete" for {@link DashboardCounts#INCOMPLETE} and null. */
    public String band(String band) {
        return messages.text(band == null || band.equals(DashboardCounts.INCOMPLETE)
                ? "transfer.dashboard.band.incomplete" : bandKey(Band.valueOf(band)));
    }

    // static, so that the i18n contract test can list every key by calling it with each constant
    static String bandKey(Band band) {
        return "transfer.assessment.band." + slug(band);
    }

    public String theme(String key) {
        if (key == null) {
            return "";
        }
        return VocabularyKind.THEME.shippedTerms().contains(key) ? messages.text(VocabularyKind.THEME.labelKey(key))
                : key;
    }

    /** The country's name in the reader's language (the code when Java knows no name for it). */
    public String country(String code) {
        if (code == null) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(messages.locale());
        return name.isBlank() ? code : name;
    }

    public Messages messages() {
        return messages;
    }

    public static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS modifier of a band, "incomplete" included. */
    public static String bandSlug(String band) {
        return band == null || band.equals(DashboardCounts.INCOMPLETE) ? "incomplete"
                : slug(Band.valueOf(band));
    }
}
