package eu.goodpractice.transfer.engagement;

/** How partners met a stakeholder. */
public enum EngagementFormat {
    MEETING, WORKSHOP, CONSULTATION, EVENT, CORRESPONDENCE;

    /** The i18n key of the name. */
    public String messageKey() {
        return key(this);
    }

    /** The i18n key of a constant's name: lower case with hyphens, like the CSS classes. */
    public static String key(EngagementFormat value) {
        return "transfer.engagement.format." + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
