package eu.goodpractice.transfer.engagement;

/** Where a stakeholder acts, from the town to Brussels. */
public enum StakeholderLevel {
    LOCAL, REGIONAL, NATIONAL, EU;

    /** The i18n key of the name. */
    public String messageKey() {
        return key(this);
    }

    /** The i18n key of a constant's name: lower case with hyphens, like the CSS classes. */
    public static String key(StakeholderLevel value) {
        return "transfer.stakeholder.level." + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
