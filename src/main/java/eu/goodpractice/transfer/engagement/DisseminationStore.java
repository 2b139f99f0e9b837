package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where dissemination activities are kept. Changes carrying an expected version fail with
 * {@link eu.goodpractice.transfer.shared.StaleVersionException} when the stored version differs, and change nothing.
 * Every method issues a fixed number of statements, however many rows it reads.
 */
public interface DisseminationStore {
    Optional<DisseminationActivity> find(int id);

    /** Activities of a space, newest date first (then newest record first). */
    Page<DisseminationActivity> inSpace(String spaceKey, PageRequest request);

    /**
     * Activities of a space dated from {@code from} to {@code to} (both included; null leaves that end open), counted
     * and their reach summed per type and country, in one statement: the figures of the partnership report. Ordered
     * by type, then country (no country last).
     */
    List<DisseminationTotal> totals(String spaceKey, LocalDate from, LocalDate to);

    DisseminationActivity create(DisseminationDraft draft, String actor, Instant now);

    /** Replaces the content; a changed link forgets its last check. */
    DisseminationActivity update(int id, int expectedVersion, DisseminationDraft draft, String actor, Instant now);

    void delete(int id, int expectedVersion);

    /** The stored links of a space, one statement. */
    List<LinkTarget> links(String spaceKey);

    /** The spaces that hold at least one link, one statement. */
    Set<String> spacesWithLinks();

    /**
     * Records check results; a result is dropped when its activity is gone or its link changed since the check.
     * Not an edit: versions and audit stay as they are.
     */
    void recordLinkChecks(Map<LinkTarget, LinkCheck> results);
}
