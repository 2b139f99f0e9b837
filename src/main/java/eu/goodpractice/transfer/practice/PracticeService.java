package eu.goodpractice.transfer.practice;

import eu.goodpractice.transfer.assessment.AssessmentStore;
import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.NotFoundException;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageDirectory;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The practice registry with its permissions: reading needs view permission on the practice's page, editing the
 * profile needs edit permission in its space; editors submit, coordinators (space administrators, or the group a
 * space administrator names) do the rest of the lifecycle.
 */
public class PracticeService {
    private final PracticeStore store;
    private final AccessPolicy access;
    private final PageDirectory pages;
    private final PracticeRules rules;
    private final PracticeSettings settings;
    private final Clock clock;
    private final AssessmentStore assessments;

    public PracticeService(PracticeStore store, AccessPolicy access, PageDirectory pages, PracticeRules rules,
                           PracticeSettings settings, Clock clock, AssessmentStore assessments) {
        this.store = store;
        this.assessments = assessments;
        this.access = access;
        this.pages = pages;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Practices in the given spaces (null or empty: every space with practices) that the reader may view, filtered
     * and paged. Pages with view restrictions the reader does not pass are left out of the page of results.
     */
    public Page<Practice> list(Set<String> spaceKeys, PracticeQuery filters, PageRequest request) {
        boolean everySpace = spaceKeys == null || spaceKeys.isEmpty();
        Set<String> wanted = everySpace ? store.spaceKeys() : spaceKeys;
        Set<String> viewable = wanted.stream().filter(access::canView).collect(Collectors.toSet());
        if (!everySpace && viewable.isEmpty()) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
        Page<Practice> page = store.search(new PracticeQuery(viewable, filters.country(), filters.theme(),
                filters.status(), filters.eqfLevel(), filters.text()), request);
        Set<Long> visible = pages.viewable(page.items().stream().map(Practice::pageId).toList()).keySet();
        List<Practice> items = page.items().stream().filter(p -> visible.contains(p.pageId())).toList();
        int hidden = page.items().size() - items.size();
        return new Page<>(items, page.start(), page.limit(), page.total() - hidden);
    }

    public Practice practice(long pageId) {
        Practice practice = existing(pageId);
        requireView(practice);
        return practice;
    }

    public Optional<Practice> find(long pageId) {
        return store.find(pageId).filter(p -> !p.trashed()).map(p -> {
            requireView(p);
            return p;
        });
    }

    public List<StatusChange> history(long pageId) {
        practice(pageId);
        return store.history(pageId);
    }

    public Practice updateProfile(long pageId, PracticeInput input) {
        Practice practice = existing(pageId);
        requireView(practice);
        requireEdit(practice.spaceKey());
        int version = InputText.version(input.parseErrors(), input.version());
        PracticeDraft draft = rules.validate(practice.spaceKey(), input, PracticeRules.Mode.PROFILE);
        return store.updateProfile(pageId, version, draft.profile(), actor(), Instant.now(clock));
    }

    /**
     * Moves the practice's status. An unknown transition or a missing reason is a 400, a role the user lacks a
     * 403, and a move the current status does not allow a 409 carrying the current practice.
     */
    public Practice transition(long pageId, String transitionName, String comment) {
        FieldErrors errors = new FieldErrors();
        PracticeTransition transition = InputText.choice(errors, "transition", transitionName,
                PracticeTransition.class, null);
        if (transition == null && !errors.hasErrors()) {
            errors.add("transition", "transfer.validation.required");
        }
        errors.throwIfAny();
        Practice practice = existing(pageId);
        requireView(practice);
        if (transition.role() == PracticeTransition.Role.COORDINATOR) {
            if (!isCoordinator(practice.spaceKey())) {
                throw new AccessDeniedException("transfer.error.not-coordinator");
            }
        } else {
            requireEdit(practice.spaceKey());
        }
        if (!transition.allowedFrom(practice.status())) {
            throw new StaleVersionException(practice, "transfer.error.transition-not-allowed");
        }
        String reason = InputText.trimmed(comment).orElse(null);
        if (transition.needsComment() && reason == null) {
            throw new ValidationException(
                    FieldErrors.of("comment", "transfer.validation.reason"));
        }
        if (transition == PracticeTransition.SUBMIT) {
            rules.missingForSubmission(practice.profile()).throwIfAny();
        }
        return store.changeStatus(pageId, transition, reason, actor(), Instant.now(clock));
    }

    /** The transitions the current user could make now, for the profile card and the API. */
    public Set<PracticeTransition> availableTransitions(Practice practice) {
        Set<PracticeTransition> open = EnumSet.noneOf(PracticeTransition.class);
        boolean editor = canEdit(practice.spaceKey());
        boolean coordinator = isCoordinator(practice.spaceKey());
        for (PracticeTransition transition : PracticeTransition.from(practice.status())) {
            if (transition.role() == PracticeTransition.Role.COORDINATOR ? coordinator : editor) {
                open.add(transition);
            }
        }
        return open;
    }

    public boolean canEdit(String spaceKey) {
        return access.currentUserKey().isPresent() && access.canEdit(spaceKey);
    }

    public boolean canAdminister(String spaceKey) {
        return access.currentUserKey().isPresent() && access.canAdminister(spaceKey);
    }

    public boolean isCoordinator(String spaceKey) {
        return access.currentUserKey().isPresent() && (access.canAdminister(spaceKey)
                || settings.coordinatorGroup(spaceKey).map(access::isInGroup).orElse(false));
    }

    /** Names the group whose members coordinate the space's practices; space administrators only. */
    public void setCoordinatorGroup(String spaceKey, String group) {
        if (!access.canAdminister(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-admin-permission");
        }
        FieldErrors errors = new FieldErrors();
        String name = InputText.optional(errors, "coordinatorGroup", group, InputText.SHORT_TEXT);
        errors.throwIfAny();
        settings.setCoordinatorGroup(spaceKey, name);
    }

    public Optional<String> coordinatorGroup(String spaceKey) {
        if (!access.canView(spaceKey)) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
        return settings.coordinatorGroup(spaceKey);
    }

    /* following the page: called for page events, with the page's own data */

    /**
     * Registers a page as a practice, from the practice-profile macro's parameters (as the blueprint writes them);
     * values that do not pass the rules are left empty rather than blocking the page. A page already registered is
     * left as it is.
     */
    public Practice register(long pageId, String spaceKey, String title, PracticeInput input) {
        PracticeProfile profile;
        try {
            profile = rules.validate(spaceKey, input, PracticeRules.Mode.PROFILE).profile();
        } catch (ValidationException e) {
            profile = PracticeProfile.empty();
        }
        String actor = access.currentUserKey().orElse("system");
        return store.register(pageId, spaceKey, title, profile, actor, Instant.now(clock));
    }

    public void pageChanged(long pageId, String spaceKey, String title) {
        store.followPage(pageId, spaceKey, title);
        assessments.moveSummaries(pageId, spaceKey);
    }

    /** The registry entry without any permission check, for the app's own bookkeeping (never shown as it is). */
    public Optional<Practice> stored(long pageId) {
        return store.find(pageId);
    }

    public void pageTrashed(long pageId) {
        store.setTrashed(pageId, true);
    }

    public void pageRestored(long pageId) {
        store.setTrashed(pageId, false);
    }

    /** The page is gone for good: the practice goes, and so do its assessments (a trashed page keeps both). */
    public void pagePurged(long pageId) {
        assessments.purge(pageId);
        store.purge(pageId);
    }

    private Practice existing(long pageId) {
        return store.find(pageId).filter(p -> !p.trashed())
                .orElseThrow(() -> new NotFoundException("transfer.error.practice-not-found", pageId));
    }

    private void requireView(Practice practice) {
        if (!access.canView(practice.spaceKey()) || pages.viewable(List.of(practice.pageId())).isEmpty()) {
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
