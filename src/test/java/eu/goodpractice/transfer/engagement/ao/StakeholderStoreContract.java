package eu.goodpractice.transfer.engagement.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.engagement.Engagement;
import eu.goodpractice.transfer.engagement.EngagementDraft;
import eu.goodpractice.transfer.engagement.EngagementFormat;
import eu.goodpractice.transfer.engagement.EngagementTally;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderContact;
import eu.goodpractice.transfer.engagement.StakeholderDraft;
import eu.goodpractice.transfer.engagement.StakeholderLevel;
import eu.goodpractice.transfer.engagement.StakeholderType;
import eu.goodpractice.transfer.shared.Page;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.shared.StaleVersionException;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.workbench.host.EntityManagerActiveObjects;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

/**
 * What the stakeholder store must do, on each database the app supports (see the subclasses). Every test commits for
 * real, as the app does, and starts from empty tables.
 */
public abstract class StakeholderStoreContract {
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    static final LocalDate JAN = LocalDate.parse("2026-01-15");

    /** Injected by the Active Objects JUnit runner. */
    protected EntityManager entityManager;

    private ActiveObjectsStakeholderStore store;

    @Before
    public void emptyTables() throws Exception {
        entityManager.deleteWithSQL(AoEngagement.class, "ID > ?", 0);
        entityManager.deleteWithSQL(AoStakeholder.class, "ID > ?", 0);
        store = new ActiveObjectsStakeholderStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    @NonTransactional
    public void keepsEveryFieldOfAStakeholderWithAndWithoutContact() {
        StakeholderContact contact = new StakeholderContact("Jana Nováková", "Head of training", "jana@example.eu",
                "Jana Nováková", LocalDate.parse("2026-03-02"), "Invitations to project workshops");
        Stakeholder full = store.createStakeholder(new StakeholderDraft("VET", "Handwerkskammer Köln",
                StakeholderType.CHAMBER, StakeholderLevel.REGIONAL, "DE", contact, false), "u1", NOW);
        Stakeholder bare = store.createStakeholder(draft("VET", "Ministerstvo školství", StakeholderType.AUTHORITY,
                StakeholderLevel.NATIONAL), "u1", NOW);

        Stakeholder read = store.findStakeholder(full.id()).orElseThrow();
        assertThat(read.contact()).isEqualTo(contact);
        assertThat(read.organisation()).isEqualTo("Handwerkskammer Köln");
        assertThat(read.type()).isEqualTo(StakeholderType.CHAMBER);
        assertThat(read.level()).isEqualTo(StakeholderLevel.REGIONAL);
        assertThat(read.audit().createdBy()).isEqualTo("u1");
        assertThat(read.audit().version()).isZero();
        assertThat(store.findStakeholder(bare.id()).orElseThrow().contact()).isNull();
        assertThat(store.findStakeholder(999999)).isEmpty();
    }

    @Test
    @NonTransactional
    public void listsAStakeholderPageByOrganisationInOneSelectAndACount() {
        for (String name : List.of("Zespół Szkół", "chamber of Crafts", "Aalto University", "MBO Raad")) {
            store.createStakeholder(draft("VET", name, StakeholderType.OTHER, StakeholderLevel.LOCAL), "u1", NOW);
        }
        store.createStakeholder(draft("OTHER", "Elsewhere", StakeholderType.OTHER, StakeholderLevel.LOCAL), "u1", NOW);

        Page<Stakeholder> first;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            first = store.stakeholdersInSpace("VET", new PageRequest(0, 3));
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(2);
        }
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).extracting(Stakeholder::organisation)
                .containsExactly("Aalto University", "chamber of Crafts", "MBO Raad");
        assertThat(store.stakeholdersInSpace("VET", new PageRequest(3, 3)).items())
                .extracting(Stakeholder::organisation).containsExactly("Zespół Szkół");
    }

    @Test
    @NonTransactional
    public void aStaleUpdateIsRefusedAndChangesNothing() {
        Stakeholder created = store.createStakeholder(draft("VET", "Chamber", StakeholderType.CHAMBER,
                StakeholderLevel.LOCAL), "u1", NOW);
        Stakeholder updated = store.updateStakeholder(created.id(), 0, draft("VET", "Chamber of Commerce",
                StakeholderType.CHAMBER, StakeholderLevel.REGIONAL), "u2", NOW.plusSeconds(60));

        assertThat(updated.audit().version()).isEqualTo(1);
        assertThat(updated.audit().updatedBy()).isEqualTo("u2");
        assertThatThrownBy(() -> store.updateStakeholder(created.id(), 0, draft("VET", "Lost edit",
                StakeholderType.OTHER, StakeholderLevel.EU), "u3", NOW))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.findStakeholder(created.id()).orElseThrow().organisation()).isEqualTo("Chamber of Commerce");
    }

    @Test
    @NonTransactional
    public void aStakeholderWithEngagementsIsNeverDeleted() {
        Stakeholder used = store.createStakeholder(draft("VET", "Guild", StakeholderType.GUILD,
                StakeholderLevel.LOCAL), "u1", NOW);
        Stakeholder unused = store.createStakeholder(draft("VET", "School", StakeholderType.VOCATIONAL_SCHOOL,
                StakeholderLevel.LOCAL), "u1", NOW);
        // id 1 must not match ids 11 or 21: links are stored between commas
        store.createEngagement(engagement("VET", JAN, used.id()), "u1", NOW);

        assertThatThrownBy(() -> store.deleteStakeholder(used.id(), 0))
                .isInstanceOf(StaleVersionException.class)
                .extracting(e -> ((StaleVersionException) e).messageKey())
                .isEqualTo(ActiveObjectsStakeholderStore.IN_USE);
        assertThat(store.findStakeholder(used.id())).isPresent();
        assertThat(store.engagementCount(used.id())).isEqualTo(1);
        assertThat(store.engagementCount(unused.id())).isZero();
        store.deleteStakeholder(unused.id(), 0);
        assertThat(store.findStakeholder(unused.id())).isEmpty();
    }

    @Test
    @NonTransactional
    public void keepsAnEngagementWithItsLinksAndLongText() {
        Stakeholder a = store.createStakeholder(draft("VET", "A", StakeholderType.COMPANY, StakeholderLevel.LOCAL),
                "u1", NOW);
        Stakeholder b = store.createStakeholder(draft("VET", "B", StakeholderType.CHAMBER, StakeholderLevel.EU),
                "u1", NOW);
        String outcome = "Ergebnis – ".repeat(800) + "✓";
        Engagement created = store.createEngagement(new EngagementDraft("VET", JAN, List.of(b.id(), a.id()),
                EngagementFormat.WORKSHOP, "Mentor training", outcome, "Send the draft", List.of(1101L, 1102L),
                List.of(7, 9)), "u1", NOW);

        Engagement read = store.findEngagement(created.id()).orElseThrow();
        assertThat(read.stakeholderIds()).containsExactly(b.id(), a.id());
        assertThat(read.outcome()).isEqualTo(outcome);
        assertThat(read.practicePageIds()).containsExactly(1101L, 1102L);
        assertThat(read.actionStepIds()).containsExactly(7, 9);
        assertThat(read.format()).isEqualTo(EngagementFormat.WORKSHOP);
        assertThat(read.date()).isEqualTo(JAN);

        Engagement bare = store.createEngagement(engagement("VET", JAN, a.id()), "u1", NOW);
        assertThat(store.findEngagement(bare.id()).orElseThrow().practicePageIds()).isEmpty();
        assertThat(store.findEngagement(bare.id()).orElseThrow().outcome()).isNull();
    }

    @Test
    @NonTransactional
    public void engagementsOfAPeriodComeOldestFirstInOneSelect() {
        Stakeholder a = store.createStakeholder(draft("VET", "A", StakeholderType.COMPANY, StakeholderLevel.LOCAL),
                "u1", NOW);
        store.createEngagement(engagement("VET", LocalDate.parse("2025-12-31"), a.id()), "u1", NOW);
        Engagement march = store.createEngagement(engagement("VET", LocalDate.parse("2026-03-01"), a.id()), "u1", NOW);
        Engagement jan = store.createEngagement(engagement("VET", JAN, a.id()), "u1", NOW);
        store.createEngagement(engagement("OTHER", JAN, a.id()), "u1", NOW);

        List<Engagement> found;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            found = store.engagementsInPeriod("VET", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01"));
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(1);
        }
        assertThat(found).extracting(Engagement::id).containsExactly(jan.id(), march.id());
        assertThat(store.engagementsInSpace("VET", new PageRequest(0, 2)).items()).extracting(Engagement::id)
                .containsExactly(march.id(), jan.id());
        assertThat(store.engagementsInSpace("VET", new PageRequest(0, 2)).total()).isEqualTo(3);
    }

    @Test
    @NonTransactional
    public void countsEngagementsByStakeholderTypeAndLevelInTwoStatements() {
        Stakeholder chamberA = store.createStakeholder(draft("VET", "Chamber A", StakeholderType.CHAMBER,
                StakeholderLevel.REGIONAL), "u1", NOW);
        Stakeholder chamberB = store.createStakeholder(draft("VET", "Chamber B", StakeholderType.CHAMBER,
                StakeholderLevel.REGIONAL), "u1", NOW);
        Stakeholder ministry = store.createStakeholder(draft("VET", "Ministry", StakeholderType.AUTHORITY,
                StakeholderLevel.NATIONAL), "u1", NOW);
        // two chambers in one engagement count once for regional chambers
        store.createEngagement(engagement("VET", JAN, chamberA.id(), chamberB.id()), "u1", NOW);
        store.createEngagement(engagement("VET", JAN.plusDays(3), chamberA.id(), ministry.id()), "u1", NOW);
        store.createEngagement(engagement("VET", JAN.plusYears(1), ministry.id()), "u1", NOW);
        for (int i = 0; i < 5; i++) {
            store.createEngagement(engagement("VET", JAN.plusDays(i), ministry.id()), "u1", NOW);
        }

        List<EngagementTally> tallies;
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            tallies = store.engagementsByTypeAndLevel("VET", LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-12-31"));
            assertThat(sql.count()).as("statements: %s", sql.statements()).isEqualTo(2);
        }
        assertThat(tallies).containsExactly(
                new EngagementTally(StakeholderType.CHAMBER, StakeholderLevel.REGIONAL, 2),
                new EngagementTally(StakeholderType.AUTHORITY, StakeholderLevel.NATIONAL, 6));
    }

    @Test
    @NonTransactional
    public void findsStakeholdersByIdInOneStatement() {
        Stakeholder a = store.createStakeholder(draft("VET", "A", StakeholderType.COMPANY, StakeholderLevel.LOCAL),
                "u1", NOW);
        Stakeholder b = store.createStakeholder(draft("OTHER", "B", StakeholderType.COMPANY, StakeholderLevel.LOCAL),
                "u1", NOW);
        try (SqlCounter sql = SqlCounter.on(entityManager)) {
            assertThat(store.stakeholders(List.of(b.id(), a.id(), 999999))).extracting(Stakeholder::id)
                    .containsExactly(a.id(), b.id());
            assertThat(sql.count()).isEqualTo(1);
        }
        assertThat(store.stakeholders(List.of())).isEmpty();
    }

    static StakeholderDraft draft(String space, String organisation, StakeholderType type, StakeholderLevel level) {
        return new StakeholderDraft(space, organisation, type, level, "DE", null, false);
    }

    static EngagementDraft engagement(String space, LocalDate date, Integer... stakeholders) {
        return new EngagementDraft(space, date, List.of(stakeholders), EngagementFormat.MEETING, "Topic", null, null,
                List.of(), List.of());
    }
}
