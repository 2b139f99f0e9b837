package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dissemination log with the space permissions on top: reading needs view permission in the activity's space,
 * recording, changing, deleting and checking links need edit permission there.
 */
public class DisseminationService {
    private final DisseminationStore store;
    private final AccessPolicy access;
    private final DisseminationRules rules;
    private final LinkCheckService linkChecks;
    private final Clock clock;

    public DisseminationService(DisseminationStore store, AccessPolicy access, DisseminationRules rules,
                                LinkCheckService linkChecks, Clock clock) {
        this.store = store;
        this.access = access;
        this.rules = rules;
        this.linkChecks = linkChecks;
        this.clock = clock;
    }

    public Page<DisseminationActivity> inSpace(String spaceKey, PageRequest request) {
        requireView(spaceKey);
        return store.inSpace(spaceKey, request);
    }

    /** Counts and reach per type and country of a space, in a period (null ends stay open). */
    public List<DisseminationTotal> totals(String spaceKey, LocalDate from, LocalDate to) {
        requireView(spaceKey);
        return store.totals(spaceKey, from, to);
    }

    public DisseminationActivity activity(int id) {
        DisseminationActivity activity = existing(id);
        requireView(activity.spaceKey());
        return activity;
    }

    public DisseminationActivity create(DisseminationInput input) {
        InputText.trimmed(input.spaceKey()).ifPresent(this::requireEdit);
        DisseminationDraft draft = rules.validate(input);
        requireEdit(draft.spaceKey());
        return store.create(draft, actor(), Instant.now(clock));
    }

    public DisseminationActivity update(int id, DisseminationInput input) {
        DisseminationActivity current = existing(id);
        requireEdit(current.spaceKey());
        FieldErrors errors = input.parseErrors();
        int version = InputText.version(errors, input.version());
        // an activity stays in its space: a space sent along is ignored
        DisseminationDraft draft = rules.validate(new DisseminationInput(current.spaceKey(), input.type(),
                input.category(), input.date(), input.title(), input.language(), input.country(), input.audience(),
                input.reach(), input.link(), input.practicePageIds(), input.version(), errors),
                current.practicePageIds());
        return store.update(id, version, draft, actor(), Instant.now(clock));
    }

    public void delete(int id, String version) {
        DisseminationActivity current = existing(id);
        requireEdit(current.spaceKey());
        FieldErrors errors = new FieldErrors();
        int expected = InputText.version(errors, version);
        errors.throwIfAny();
        store.delete(id, expected);
    }

    /** An editor's "Check links": checks every link of the space now and records what it found. */
    public LinkCheckSummary checkLinks(String spaceKey) {
        requireEdit(spaceKey);
        return linkChecks.checkSpace(spaceKey);
    }

    /** True when the current user may change the space's log; the macro offers editing only then. */
    public boolean canEdit(String spaceKey) {
        return access.currentUserKey().isPresent() && access.canEdit(spaceKey);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private DisseminationActivity existing(int id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("transfer.dissemination.error.not-found", id));
    }

    private void requireView(String spaceKey) {
        if (!access.canView(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
    }

    private void requireEdit(String spaceKey) {
        if (!canEdit(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-edit-permission");
        }
    }

    private String actor() {
        return access.currentUserKey().orElseThrow(() -> new AccessDeniedException("transfer.error.login-required"));
    }
}
