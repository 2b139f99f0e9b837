package eu.goodpractice.transfer.shared;

/** A page the current user may view, with its title and context-relative URL. */
public record PageLink(long id, String title, String url) {
}
