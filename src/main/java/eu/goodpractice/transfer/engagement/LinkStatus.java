package eu.goodpractice.transfer.engagement;

/** What the last link check found: the link answered, it is dead, or it was not (yet) checked. */
public enum LinkStatus {
    OK, DEAD, UNCHECKED
}
