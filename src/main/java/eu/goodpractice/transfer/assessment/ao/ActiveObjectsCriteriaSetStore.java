package eu.goodpractice.transfer.assessment.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.CriteriaSetDocument;
import eu.goodpractice.transfer.assessment.CriteriaSetStore;
import eu.goodpractice.transfer.platform.RowLocks;
import eu.goodpractice.transfer.shared.StaleVersionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** {@link CriteriaSetStore} on Active Objects: one row per saved version, the newest found with one query. */
public class ActiveObjectsCriteriaSetStore implements CriteriaSetStore {
    private final ActiveObjects ao;

    public ActiveObjectsCriteriaSetStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<CriteriaSet> latest(String spaceKey) {
        return Arrays.stream(ao.find(AoCriteriaSetCopy.class, Query.select()
                        .where(AoCriteriaSetCopy.SPACE_KEY + " = ?", spaceKey)
                        .order(AoCriteriaSetCopy.SET_VERSION + " DESC").limit(1)))
                .findFirst().map(ActiveObjectsCriteriaSetStore::set);
    }

    @Override
    public Optional<CriteriaSet> version(String spaceKey, int version) {
        return Arrays.stream(ao.find(AoCriteriaSetCopy.class, Query.select()
                        .where(AoCriteriaSetCopy.SPACE_KEY + " = ? AND " + AoCriteriaSetCopy.SET_VERSION + " = ?",
                                spaceKey, version)))
                .findFirst().map(ActiveObjectsCriteriaSetStore::set);
    }

    @Override
    public List<CriteriaSet> latestCopies() {
        // only the key and version of every row, then the newest documents: old versions are never loaded whole
        Map<String, Integer> newest = new TreeMap<>();
        ao.stream(AoCriteriaSetCopy.class, Query.select("ID, " + AoCriteriaSetCopy.SPACE_KEY + ", "
                        + AoCriteriaSetCopy.SET_VERSION),
                row -> newest.merge(row.getSpaceKey(), row.getSetVersion(), Math::max));
        List<CriteriaSet> sets = new ArrayList<>();
        newest.forEach((space, version) -> version(space, version).ifPresent(sets::add));
        return sets;
    }

    @Override
    public CriteriaSet save(CriteriaSet set, int expectedVersion) {
        try {
            return ao.executeInTransaction(() -> saveLocked(set, expectedVersion));
        } catch (RuntimeException e) {
            if (RowLocks.isDuplicateKey(e)) {
                // another first copy of this space's set won the race; the service adds the current set
                throw new StaleVersionException(null);
            }
            throw e;
        }
    }

    private CriteriaSet saveLocked(CriteriaSet set, int expectedVersion) {
        // saves of one space's set wait for each other from here on, also the very first two
        RowLocks.lockNamed(ao, "criteria-set:" + set.spaceKey());
        Optional<CriteriaSet> latest = latest(set.spaceKey());
        int current = latest.map(CriteriaSet::version).orElse(0);
        if (current != expectedVersion || set.version() <= current) {
            throw new StaleVersionException(latest.orElse(null));
        }
        ao.create(AoCriteriaSetCopy.class,
                new DBParam(AoCriteriaSetCopy.SPACE_KEY, set.spaceKey()),
                new DBParam(AoCriteriaSetCopy.SET_VERSION, set.version()),
                new DBParam("DOCUMENT", CriteriaSetDocument.write(set)));
        return set;
    }

    private static CriteriaSet set(AoCriteriaSetCopy row) {
        return CriteriaSetDocument.read(row.getDocument(), row.getSpaceKey(), row.getSetVersion());
    }
}
