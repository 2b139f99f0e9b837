package eu.goodpractice.transfer.assessment;

import java.util.List;
import java.util.Optional;

/** The saved versions of spaces' copies of the criteria set; a save never overwrites an earlier version. */
public interface CriteriaSetStore {
    /** The space's newest version, if the space has a copy. */
    Optional<CriteriaSet> latest(String spaceKey);

    /** One saved version of the space's copy. */
    Optional<CriteriaSet> version(String spaceKey, int version);

    /** The newest version of every space's copy, in space key order. */
    List<CriteriaSet> latestCopies();

    /**
     * Saves {@code set} as the space's next version, when the newest saved version is still {@code expectedVersion}
     * (0: no copy yet); else fails with a {@link eu.goodpractice.transfer.shared.StaleVersionException}.
     */
    CriteriaSet save(CriteriaSet set, int expectedVersion);
}
