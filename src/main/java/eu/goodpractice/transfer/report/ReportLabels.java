package eu.goodpractice.transfer.report;

import eu.goodpractice.transfer.engagement.DisseminationLabels;
import eu.goodpractice.transfer.engagement.DisseminationType;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.practice.PracticeStatus;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Locale;

/** The report's words in the reader's language, from the features' own bundles where they name the same thing. */
public class ReportLabels {
    private final Messages messages;

    public ReportLabels(Messages messages) {
        this.messages = messages;
    }

    public String text(String key, java.io.Serializable... arguments) {
        return messages.text(key, arguments);
    }

    /** The country's name ("Germany"), "No country given" for {@link PartnerFigures#NO_COUNTRY}, "All partners" for null. */
    public String partner(String code) {
        if (code == null) {
            return messages.text("transfer.report.partner.all");
        }
        if (code.equals(PartnerFigures.NO_COUNTRY)) {
            return messages.text("transfer.report.partner.none");
        }
        return new Locale("", code).getDisplayCountry(messages.locale());
    }

    public String status(PracticeStatus status) {
        return messages.text(statusKey(status));
    }

    public String type(StakeholderType type) {
        return messages.text(typeKey(type));
    }

    public String level(StakeholderLevel level) {
        return messages.text(levelKey(level));
    }

    static String statusKey(PracticeStatus status) {
        return "transfer.practice.status." + slug(status);
    }

    static String typeKey(StakeholderType type) {
        return "transfer.stakeholder.type." + slug(type);
    }

    static String levelKey(StakeholderLevel level) {
        return "transfer.stakeholder.level." + slug(level);
    }

    public String type(DisseminationType type) {
        return messages.text(DisseminationLabels.typeKey(type));
    }

    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
