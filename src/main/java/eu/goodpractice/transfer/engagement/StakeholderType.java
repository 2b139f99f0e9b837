package eu.goodpractice.transfer.engagement;

/** What kind of organisation a stakeholder is, in the categories the EU report asks for. */
public enum StakeholderType {
    COMPANY, CHAMBER, GUILD, PROFESSIONAL_ASSOCIATION, SOCIAL_PARTNER, VOCATIONAL_SCHOOL, UNIVERSITY,
    RESEARCH_INSTITUTE, AUTHORITY, REGULATORY_BODY, OTHER;

    /** The i18n key of the name. */
    public String messageKey() {
        return key(this);
    }

    /** The i18n key of a constant's name: lower case with hyphens, like the CSS classes. */
    public static String key(StakeholderType value) {
        return "transfer.stakeholder.type." + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
