package eu.goodpractice.transfer.practice;

import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the practice registry is kept, one entry per practice page. Changes that carry an expected version fail
 * with {@link eu.goodpractice.transfer.shared.StaleVersionException} when the stored one differs, changing nothing.
 */
public interface PracticeStore {
    Optional<Practice> find(long pageId);

    /** Registers a page as a practice in status draft; a page already registered stays as it is. */
    Practice register(long pageId, String spaceKey, String title, PracticeProfile profile, String actor, Instant now);

    Practice updateProfile(long pageId, int expectedVersion, PracticeProfile profile, String actor, Instant now);

    /**
     * Moves the status and records the change, if the transition is still allowed from the stored status; otherwise
     * fails with a stale-version error carrying the current practice.
     */
    Practice changeStatus(long pageId, PracticeTransition transition, String comment, String actor, Instant now);

    /** The practice's status changes, oldest first. */
    List<StatusChange> history(long pageId);

    Page<Practice> search(PracticeQuery query, PageRequest request);

    /** The spaces that hold practices (not trashed). */
    Set<String> spaceKeys();

    /** The page was renamed or moved: the entry follows. */
    void followPage(long pageId, String spaceKey, String title);

    /** The page went to the trash (hidden, kept) or came back (as it was). */
    void setTrashed(long pageId, boolean trashed);

    /** The page was purged: the practice goes with all its data. */
    void purge(long pageId);

    /** The space's own terms (additions, renamings, retirements) of a vocabulary. */
    List<Term> customTerms(String spaceKey, VocabularyKind kind);

    /** Replaces the space's own terms of a vocabulary. */
    void saveCustomTerms(String spaceKey, VocabularyKind kind, List<Term> terms);
}
