package eu.goodpractice.transfer.practice;

/** What kind of innovation a practice brings, as good-practice databases classify it. */
public enum InnovationType {
    PEDAGOGICAL, DIGITAL, ORGANISATIONAL, PARTNERSHIP, SOCIAL, GREEN, OTHER
}
