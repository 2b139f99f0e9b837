package eu.goodpractice.transfer.engagement;

/** What kind of dissemination an activity was; the types the Erasmus+ final report asks partners to count. */
public enum DisseminationType {
    OWN_PUBLICATION, MEDIA, CONFERENCE, FAIR, WEBSITE_SOCIAL_MEDIA, NEWSLETTER, TRAINING, OTHER
}
