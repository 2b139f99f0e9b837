package eu.goodpractice.transfer.portability;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/** Reads and writes all app data of one space, section by section. */
public interface SpaceDataStore {
    /**
     * Every record of the space. {@code viewablePages} answers which of the given page ids the reader may view
     * (with their titles): records of other pages are left out and references to them dropped.
     */
    SpaceData read(String spaceKey, String baseUrl, Function<Collection<Long>, Map<Long, PageRef>> viewablePages);

    /**
     * Writes the file's records into the space in one transaction: a record whose key (or natural identity, such as
     * a practice's page) the space already holds is updated when it differs and left alone when not; others are
     * created. {@code targetPages} maps the file's page ids to the space's. Every value is checked before anything
     * is written (a problem fails the whole import with a 400 naming the record and property). With
     * {@code dryRun}, counts what would happen and writes nothing.
     */
    Map<String, SectionCounts> write(String spaceKey, String baseUrl, SpaceData data, Map<Long, Long> targetPages,
                                     boolean dryRun);
}
