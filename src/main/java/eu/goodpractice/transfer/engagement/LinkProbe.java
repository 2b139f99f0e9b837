package eu.goodpractice.transfer.engagement;

import java.time.Instant;

/** Checks one web address; never throws, every failure is a result. */
public interface LinkProbe {
    LinkCheck check(String link, Instant now);
}
