package eu.goodpractice.transfer.practice;

/** A validated profile, with the page title when the wizard asked for one (null otherwise). */
public record PracticeDraft(String title, PracticeProfile profile) {
}
