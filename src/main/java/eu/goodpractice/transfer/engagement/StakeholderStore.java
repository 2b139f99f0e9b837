package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the stakeholder register and the engagement log are kept. Changes carrying an expected version fail with
 * {@link eu.goodpractice.transfer.shared.StaleVersionException} when the stored version differs. Every method issues
 * a fixed number of statements, however many rows it reads.
 */
public interface StakeholderStore {
    Optional<Stakeholder> findStakeholder(int id);

    /** Stakeholders of a space by organisation name. */
    Page<Stakeholder> stakeholdersInSpace(String spaceKey, PageRequest request);

    /** Every stakeholder of a space by organisation name, retired ones included (their history still counts). */
    List<Stakeholder> allStakeholdersInSpace(String spaceKey);

    /** The stakeholders with the given ids, whichever space they are in; unknown ids are left out. One statement. */
    List<Stakeholder> stakeholders(Collection<Integer> ids);

    Stakeholder createStakeholder(StakeholderDraft draft, String actor, Instant now);

    Stakeholder updateStakeholder(int id, int expectedVersion, StakeholderDraft draft, String actor, Instant now);

    /** Deletes the stakeholder; a stakeholder named by an engagement is refused (stale-version error, kept). */
    void deleteStakeholder(int id, int expectedVersion);

    /** How many engagements name the stakeholder. */
    int engagementCount(int stakeholderId);

    Optional<Engagement> findEngagement(int id);

    /** Engagements of a space, newest first. */
    Page<Engagement> engagementsInSpace(String spaceKey, PageRequest request);

    /** Engagements of a space dated from {@code from} to {@code to} (both included), oldest first. One statement. */
    List<Engagement> engagementsInPeriod(String spaceKey, LocalDate from, LocalDate to);

    /**
     * Engagements of a space in the period counted by the type and level of the stakeholders involved, for the
     * partnership report: two statements whatever the numbers.
     */
    List<EngagementTally> engagementsByTypeAndLevel(String spaceKey, LocalDate from, LocalDate to);

    Engagement createEngagement(EngagementDraft draft, String actor, Instant now);

    Engagement updateEngagement(int id, int expectedVersion, EngagementDraft draft, String actor, Instant now);

    void deleteEngagement(int id, int expectedVersion);
}
