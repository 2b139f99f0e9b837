package eu.goodpractice.transfer.shared;

/** A user as the app shows them: stable key, login name and display name. */
public record Person(String key, String username, String displayName) {
}
