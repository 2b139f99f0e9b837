package eu.goodpractice.transfer.portability;

/** A page as a data file names it: by space and title, which survive a space export; the id does not. */
public record PageRef(long id, String spaceKey, String title) {
}
