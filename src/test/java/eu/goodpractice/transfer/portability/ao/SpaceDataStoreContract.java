package eu.goodpractice.transfer.portability.ao;

import static eu.goodpractice.transfer.portability.ao.SpaceDataFixture.PAGES;
import static eu.goodpractice.transfer.portability.ao.SpaceDataFixture.SOURCE;
import static eu.goodpractice.transfer.portability.ao.SpaceDataFixture.TARGET;
import static eu.goodpractice.transfer.portability.ao.SpaceDataFixture.TARGET_PAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.actionplan.ao.AoActionStep;
import eu.goodpractice.transfer.engagement.ao.AoEngagement;
import eu.goodpractice.transfer.engagement.ao.AoStakeholder;
import eu.goodpractice.transfer.portability.PageRef;
import eu.goodpractice.transfer.portability.PortableRow;
import eu.goodpractice.transfer.portability.SectionCounts;
import eu.goodpractice.transfer.portability.SpaceData;
import eu.goodpractice.transfer.portability.SpaceDataFormat;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.shared.ValidationException;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * Moving a space's app data on each database the app supports (see the subclasses): every record of every table
 * out and into another space with the same values, references and keys; a second import changes nothing; pages
 * matched by title; a bad file refused before anything is written; a fixed number of statements to read. Not in
 * the runner's transaction: an import runs in its own, as in Confluence.
 */
public abstract class SpaceDataStoreContract {
    private static final String SITE = "https://wiki.example.org";
    private static final Function<Collection<Long>, Map<Long, PageRef>> ALL_VIEWABLE = ids -> {
        Map<Long, PageRef> pages = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (PAGES.containsKey(id)) {
                pages.put(id, PAGES.get(id));
            }
        });
        return pages;
    };

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsSpaceDataStore store;

    @Before
    public void fillSourceSpace() throws Exception {
        for (Section section : SpaceDataSections.ALL) {
            entityManager.deleteWithSQL(section.entity(), "ID > ?", 0);
        }
        entityManager.deleteWithSQL(AoPortableKey.class, "ID > ?", 0);
        store = new ActiveObjectsSpaceDataStore(new EntityManagerActiveObjects(entityManager));
        new SpaceDataFixture(entityManager).fill();
    }

    @Test
    @NonTransactional
    public void theFileNamesEverySectionOfTheFormatAndOnlyTheSpacesRecords() {
        SpaceData data = store.read(SOURCE, SITE, ALL_VIEWABLE);

        assertThat(data.sections().keySet()).containsExactlyElementsOf(SpaceDataFormat.SECTIONS);
        assertThat(SpaceDataSections.ALL.stream().map(Section::name)).containsExactlyElementsOf(SpaceDataFormat.SECTIONS);
        data.sections().forEach((name, rows) -> assertThat(rows).as(name).isNotEmpty());
        assertThat(data.sections().get("practices")).extracting(row -> row.values().get("pageId"))
                .containsExactly(101L, 102L);
        assertThat(data.sections().get("stakeholders")).hasSize(2);
        assertThat(data.pages()).containsOnlyKeys(101L, 102L, 900L);
        assertThat(data.sections().get("practices").get(0).values()).doesNotContainKey("spaceKey")
                .containsKeys("summary", "title", "createdAt", "lockVersion");
    }

    @Test
    @NonTransactional
    public void aRoundTripThroughAnotherSpaceIsLossless() throws Exception {
        SpaceData source = store.read(SOURCE, SITE, ALL_VIEWABLE);

        Map<String, SectionCounts> counts = store.write(TARGET, SITE, source, TARGET_PAGES, false);
        SpaceData copy = store.read(TARGET, SITE, ALL_VIEWABLE);

        source.sections().forEach((name, rows) ->
                assertThat(counts.get(name)).as(name).isEqualTo(new SectionCounts(rows.size(), 0, 0, 0)));
        assertThat(comparable(copy)).isEqualTo(comparable(source));
        AoEngagement engagement = entityManager.find(AoEngagement.class, "SPACE_KEY = ? AND PRACTICE_PAGE_IDS IS "
                + "NOT NULL", TARGET)[0];
        assertThat(engagement.getPracticePageIds()).isEqualTo(",1101,900,");
        AoStakeholder[] targetStakeholders = entityManager.find(AoStakeholder.class, "SPACE_KEY = ?", TARGET);
        assertThat(engagement.getStakeholderIds()).isEqualTo("," + targetStakeholders[0].getID() + ","
                + targetStakeholders[1].getID() + ",");
    }

    @Test
    @NonTransactional
    public void importingTheSameFileAgainChangesNothing() throws Exception {
        SpaceData source = store.read(SOURCE, SITE, ALL_VIEWABLE);
        store.write(TARGET, SITE, source, TARGET_PAGES, false);
        Map<String, Integer> before = rowCounts();

        Map<String, SectionCounts> again = store.write(TARGET, SITE, source, TARGET_PAGES, false);
        Map<String, SectionCounts> ofCopy = store.write(TARGET, SITE, store.read(TARGET, SITE, ALL_VIEWABLE),
                Map.of(1101L, 1101L, 1102L, 1102L, 900L, 900L), false);

        assertThat(rowCounts()).isEqualTo(before);
        source.sections().forEach((name, rows) -> {
            assertThat(again.get(name)).as(name).isEqualTo(new SectionCounts(0, 0, rows.size(), 0));
            assertThat(ofCopy.get(name)).as(name).isEqualTo(new SectionCounts(0, 0, rows.size(), 0));
        });
    }

    @Test
    @NonTransactional
    public void aRecordChangedSinceTheImportIsUpdatedAndItsEditorsSeeANewVersion() throws Exception {
        SpaceData source = store.read(SOURCE, SITE, ALL_VIEWABLE);
        store.write(TARGET, SITE, source, TARGET_PAGES, false);
        AoPractice practice = entityManager.find(AoPractice.class, "SPACE_KEY = ? AND PAGE_ID = ?", TARGET, 1102L)[0];
        int version = practice.getLockVersion();
        practice.setInstitution("Renamed meanwhile");
        practice.save();

        Map<String, SectionCounts> counts = store.write(TARGET, SITE, source, TARGET_PAGES, false);

        assertThat(counts.get("practices")).isEqualTo(new SectionCounts(0, 1, 1, 0));
        AoPractice restored = entityManager.get(AoPractice.class, practice.getID());
        assertThat(restored.getInstitution()).isEqualTo(source.sections().get("practices").get(1).values()
                .get("institution"));
        assertThat(restored.getLockVersion()).isEqualTo(version + 1);
    }

    @Test
    @NonTransactional
    public void aRecordTheTargetAlreadyHasForTheSamePageIsUpdatedNotDoubled() throws Exception {
        new SpaceDataFixture(entityManager).row(AoPractice.class, "SPACE_KEY", TARGET, "PAGE_ID", 1101L,
                "STATUS", "DRAFT", "TRASHED", false);

        Map<String, SectionCounts> counts = store.write(TARGET, SITE, store.read(SOURCE, SITE, ALL_VIEWABLE),
                TARGET_PAGES, false);

        assertThat(counts.get("practices")).isEqualTo(new SectionCounts(1, 1, 0, 0));
        assertThat(entityManager.count(AoPractice.class, "SPACE_KEY = ?", TARGET)).isEqualTo(2);
    }

    @Test
    @NonTransactional
    public void aDryRunCountsWithoutWriting() throws Exception {
        Map<String, Integer> before = rowCounts();

        Map<String, SectionCounts> counts = store.write(TARGET, SITE, store.read(SOURCE, SITE, ALL_VIEWABLE),
                Map.of(101L, 1101L, 900L, 900L), true);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(counts.get("practices")).as("the practice on the page the target lacks")
                .isEqualTo(new SectionCounts(1, 0, 0, 1));
        assertThat(counts.get("actionSteps").created()).isEqualTo(2);
    }

    @Test
    @NonTransactional
    public void aBadValueAnywhereWritesNothingAndNamesTheRecordAndProperty() throws Exception {
        SpaceData source = store.read(SOURCE, SITE, ALL_VIEWABLE);
        Map<String, List<PortableRow>> sections = new LinkedHashMap<>(source.sections());
        List<PortableRow> engagements = new ArrayList<>(sections.get("engagements"));
        Map<String, Object> values = new HashMap<>(engagements.get(1).values());
        values.put("stakeholderIds", List.of("no-such-key"));
        values.put("topic", "x".repeat(300));
        engagements.set(1, new PortableRow(engagements.get(1).key(), 0, values));
        sections.put("engagements", engagements);
        Map<String, Integer> before = rowCounts();

        assertThatThrownBy(() -> store.write(TARGET, SITE, new SpaceData(SOURCE, SITE, source.pages(), sections),
                TARGET_PAGES, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField())
                        .containsKeys("engagements[1].stakeholderIds", "engagements[1].topic"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    @NonTransactional
    public void aCodeTheAppDoesNotKnowIsRefusedAtItsFieldNotStoredToFailLater() throws Exception {
        SpaceData source = store.read(SOURCE, SITE, ALL_VIEWABLE);
        Map<String, List<PortableRow>> sections = new LinkedHashMap<>(source.sections());
        sections.put("practices", withValue(sections.get("practices"), 0, "status", "FLYING"));
        sections.put("actionSteps", withValue(sections.get("actionSteps"), 1, "priority", "urgent!"));
        Map<String, Integer> before = rowCounts();

        assertThatThrownBy(() -> store.write(TARGET, SITE, new SpaceData(SOURCE, SITE, source.pages(), sections),
                TARGET_PAGES, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().byField())
                        .containsKeys("practices[0].status", "actionSteps[1].priority"));
        assertThat(rowCounts()).isEqualTo(before);
    }

    private static List<PortableRow> withValue(List<PortableRow> rows, int index, String property, Object value) {
        List<PortableRow> changed = new ArrayList<>(rows);
        Map<String, Object> values = new HashMap<>(rows.get(index).values());
        values.put(property, value);
        changed.set(index, new PortableRow(rows.get(index).key(), rows.get(index).id(), values));
        return changed;
    }

    @Test
    @NonTransactional
    public void recordsOfPagesTheReaderMayNotViewStayOutAndLinksToThemAreDropped() {
        SpaceData data = store.read(SOURCE, SITE, ids -> {
            Map<Long, PageRef> pages = new LinkedHashMap<>(ALL_VIEWABLE.apply(ids));
            pages.remove(101L);
            return pages;
        });

        assertThat(data.sections().get("practices")).extracting(row -> row.values().get("pageId"))
                .containsExactly(102L);
        assertThat(data.sections().get("ratings")).isEmpty();
        assertThat(data.sections().get("engagements").get(0).values().get("practicePageIds")).isEqualTo(List.of(900L));
        assertThat(data.pages()).doesNotContainKey(101L);
    }

    @Test
    @NonTransactional
    public void readingCostsTheSameFewStatementsWhateverTheSize() throws Exception {
        int statements;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            store.read(SOURCE, SITE, ALL_VIEWABLE);
            statements = sql.count();
        }
        SpaceDataFixture more = new SpaceDataFixture(entityManager);
        for (int i = 0; i < 20; i++) {
            more.row(AoStakeholder.class, "SPACE_KEY", SOURCE);
            more.row(AoActionStep.class, "PLAN_ID", entityManager.find(AoActionStep.class)[0].getPlanId(),
                    "PRACTICE_PAGE_ID", 101L);
        }
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            store.read(SOURCE, SITE, ALL_VIEWABLE);
            assertThat(sql.count()).as(String.join("\n", sql.statements())).isEqualTo(statements)
                    .isEqualTo(3 + SpaceDataFormat.SECTIONS.size());
        }
    }

    /** The data with what differs between spaces taken out: ids, and page ids turned into titles. */
    private static Map<String, List<Map<String, Object>>> comparable(SpaceData data) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        data.sections().forEach((name, rows) -> {
            Section section = SpaceDataSections.named(name);
            List<Map<String, Object>> plain = new ArrayList<>();
            for (PortableRow row : rows) {
                Map<String, Object> values = new LinkedHashMap<>(row.values());
                values.put("key", row.key());
                section.references().forEach((property, reference) -> {
                    Object value = values.get(property);
                    switch (reference.kind()) {
                        case OWN_PAGE, PAGE -> values.put(property, value == null ? null
                                : data.pages().get((Long) value).title());
                        case PAGE_LIST -> values.put(property, value == null ? null : ((List<?>) value).stream()
                                .map(id -> data.pages().get((Long) id).title()).toList());
                        default -> {
                        }
                    }
                });
                plain.add(values);
            }
            sections.put(name, plain);
        });
        return sections;
    }

    private Map<String, Integer> rowCounts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section section : SpaceDataSections.ALL) {
            counts.put(section.name(), count(section.entity()));
        }
        counts.put("keys", count(AoPortableKey.class));
        return counts;
    }

    private int count(Class<? extends RawEntity<Integer>> type) throws Exception {
        return entityManager.count(type);
    }
}
