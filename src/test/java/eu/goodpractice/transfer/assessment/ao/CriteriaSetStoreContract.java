package eu.goodpractice.transfer.assessment.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.Dimension;
import eu.goodpractice.transfer.assessment.ScoringRules;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the Active Objects criteria set store must do, run on each database the app supports (see the subclasses).
 * Every test commits for real ({@code @NonTransactional}), as the app does, and starts from an empty table.
 */
public abstract class CriteriaSetStoreContract {
    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsCriteriaSetStore store;

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoCriteriaSetCopy.class, "ID > ?", 0);
        store = new ActiveObjectsCriteriaSetStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void aSpaceWithoutCopyHasNone() {
        assertThat(store.latest("VET")).isEmpty();
        assertThat(store.version("VET", 2)).isEmpty();
        assertThat(store.latestCopies()).isEmpty();
    }

    @Test
    @NonTransactional
    public void keepsEveryPartOfTheSetIncludingLongNonAsciiWording() {
        String wording = "Ist die Finanzierung über drei Jahre gesichert? Łódź, Ελληνικά, € ✓ ".repeat(20).strip();
        CriteriaSet set = copy("VET", 2, List.of(
                new Criterion("funding-stability", "sustainability", 2.5, false, wording),
                new Criterion("evaluation", "sustainability", 1.0, true, null),
                new Criterion("apprentice-voice", "usability", 0.5, false, "Do apprentices have a say?")),
                new ScoringRules(4.5, 3.5, 2.5, 0.75, 3));

        store.save(set, 0);

        assertThat(store.latest("VET")).contains(set);
        assertThat(store.version("VET", 2)).contains(set);
    }

    @Test
    @NonTransactional
    public void everySaveIsANewVersionAndOldVersionsStayReadable() {
        CriteriaSet first = copy("VET", 2, ShippedCriteria.set().criteria(), ScoringRules.DEFAULT);
        List<Criterion> retired = new ArrayList<>(first.criteria());
        retired.set(0, new Criterion("funding-stability", "sustainability", 1.0, true, null));
        CriteriaSet second = copy("VET", 3, retired, ScoringRules.DEFAULT);
        CriteriaSet other = copy("OTHER", 2, ShippedCriteria.set().criteria(), ScoringRules.DEFAULT);

        store.save(first, 0);
        store.save(second, 2);
        store.save(other, 0);

        assertThat(store.latest("VET")).contains(second);
        assertThat(store.version("VET", 2)).contains(first);
        assertThat(store.latestCopies()).containsExactly(other, second);
    }

    @Test
    @NonTransactional
    public void aSaveOnAStaleVersionFailsWithTheCurrentSet() {
        CriteriaSet first = copy("VET", 2, ShippedCriteria.set().criteria(), ScoringRules.DEFAULT);
        store.save(first, 0);

        assertThatThrownBy(() -> store.save(copy("VET", 2, first.criteria(), ScoringRules.DEFAULT), 0))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.current()).isEqualTo(first));
        assertThatThrownBy(() -> store.save(copy("VET", 4, first.criteria(), ScoringRules.DEFAULT), 3))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.latest("VET")).contains(first);
    }

    private static CriteriaSet copy(String space, int version, List<Criterion> criteria, ScoringRules rules) {
        List<Dimension> dimensions = new ArrayList<>(ShippedCriteria.set().dimensions());
        dimensions.set(1, new Dimension("usability", 2.0));
        return new CriteriaSet(ShippedCriteria.KEY, version, space, dimensions, criteria, rules);
    }
}
