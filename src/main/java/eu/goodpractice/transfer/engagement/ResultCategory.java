package eu.goodpractice.transfer.engagement;

/**
 * The result categories of the Erasmus+ Project Results Platform since 28 April 2024 (see docs/user-guide.md), so a
 * disseminated result can be uploaded there under the same category. Fixed: the platform decides the list.
 */
public enum ResultCategory {
    PROJECT_SUMMARY, HANDBOOK_GUIDE, LEARNING_PROGRAMME, E_LEARNING, SCIENTIFIC_RESULTS, STATISTICAL_RESULTS,
    POLICY_RECOMMENDATION, PRESENTATION, PRESS_ARTICLE, PUBLICATION, WEBSITE_PLATFORM, MOBILE_APPLICATION, VIDEO,
    PHOTO, OTHER
}
