package eu.goodpractice.transfer.shared;

/** A page the current user may view, with its title and its URL path (context path included, host left out). */
public record PageLink(long id, String title, String url) {
}
