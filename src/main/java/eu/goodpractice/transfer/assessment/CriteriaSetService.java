package eu.goodpractice.transfer.assessment;

import eu.goodpractice.transfer.shared.AccessDeniedException;
import eu.goodpractice.transfer.shared.AccessPolicy;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The criteria sets spaces assess with: the shipped set ({@link ShippedCriteria}), or a space's own copy of it.
 * A space administrator creates the copy and changes it, as with the space's vocabularies; every change is saved as
 * a new version, so an assessment made with an earlier version can still be explained.
 * <p>
 * Versions: the shipped set is version {@value ShippedCriteria#VERSION}; a space's copy starts one above it, so a
 * set key and version recorded with ratings always name one set. A change names the version it was made on, the
 * shipped one while the space has no copy; a stale version fails with a conflict carrying the current set.
 */
public class CriteriaSetService {
    private final CriteriaSetStore store;
    private final AccessPolicy access;

    public CriteriaSetService(CriteriaSetStore store, AccessPolicy access) {
        this.store = store;
        this.access = access;
    }

    /** The set a space assesses with, without permission checks: its newest copy, else the shipped set. */
    public CriteriaSet effective(String spaceKey) {
        return store.latest(spaceKey).orElseGet(ShippedCriteria::set);
    }

    /** The set a space assesses with, for anyone who may view the space. */
    public CriteriaSet read(String spaceKey) {
        String space = space(spaceKey);
        if (!access.canView(space)) {
            throw new AccessDeniedException("transfer.error.no-view-permission");
        }
        return effective(space);
    }

    /** The shipped set, then the newest copy of every space the current user may view. */
    public List<CriteriaSet> list() {
        List<CriteriaSet> sets = new ArrayList<>();
        sets.add(ShippedCriteria.set());
        store.latestCopies().stream().filter(set -> access.canView(set.spaceKey())).forEach(sets::add);
        return sets;
    }

    /** Makes the space's own copy of the shipped set; fails with a conflict when the space has one already. */
    public CriteriaSet create(String spaceKey) {
        String space = administered(spaceKey);
        Optional<CriteriaSet> existing = store.latest(space);
        if (existing.isPresent()) {
            throw new StaleVersionException(existing.get());
        }
        CriteriaSet shipped = ShippedCriteria.set();
        return save(new CriteriaSet(shipped.key(), shipped.version() + 1, space, shipped.dimensions(),
                shipped.criteria(), shipped.rules()), 0);
    }

    /** Changes the space's copy (making it first when the space has none) and returns the new version. */
    public CriteriaSet update(String spaceKey, CriteriaSetInput input, String version) {
        String space = administered(spaceKey);
        FieldErrors errors = new FieldErrors();
        int expected = InputText.version(errors, version);
        errors.throwIfAny();
        Optional<CriteriaSet> copy = store.latest(space);
        CriteriaSet base = copy.orElseGet(ShippedCriteria::set);
        if (expected != base.version()) {
            throw new StaleVersionException(base);
        }
        CriteriaSet changed = CriteriaSetChange.apply(base, input, base.version() + 1, space, errors);
        errors.throwIfAny();
        return save(changed, copy.map(CriteriaSet::version).orElse(0));
    }

    private CriteriaSet save(CriteriaSet set, int expectedStored) {
        try {
            return store.save(set, expectedStored);
        } catch (StaleVersionException e) {
            throw new StaleVersionException(effective(set.spaceKey()));
        }
    }

    private String administered(String spaceKey) {
        String space = space(spaceKey);
        if (access.currentUserKey().isEmpty()) {
            throw new AccessDeniedException("transfer.error.login-required");
        }
        if (!access.canAdminister(space)) {
            throw new AccessDeniedException("transfer.error.no-admin-permission");
        }
        return space;
    }

    private static String space(String spaceKey) {
        FieldErrors errors = new FieldErrors();
        String space = InputText.required(errors, "space", spaceKey, InputText.SHORT_TEXT);
        errors.throwIfAny();
        return space;
    }
}
