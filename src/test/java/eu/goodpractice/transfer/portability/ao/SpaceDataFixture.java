package eu.goodpractice.transfer.portability.ao;

import eu.goodpractice.transfer.actionplan.ao.AoActionPlan;
import eu.goodpractice.transfer.actionplan.ao.AoActionStep;
import eu.goodpractice.transfer.assessment.ao.AoAssessmentVersion;
import eu.goodpractice.transfer.assessment.ao.AoCriteriaSetCopy;
import eu.goodpractice.transfer.assessment.ao.AoRating;
import eu.goodpractice.transfer.assessment.ao.AoRatingChange;
import eu.goodpractice.transfer.assessment.ao.AoResultSummary;
import eu.goodpractice.transfer.engagement.ao.AoDissemination;
import eu.goodpractice.transfer.engagement.ao.AoEngagement;
import eu.goodpractice.transfer.engagement.ao.AoStakeholder;
import eu.goodpractice.transfer.portability.PageRef;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import eu.goodpractice.transfer.practice.ao.AoPracticeLabel;
import eu.goodpractice.transfer.practice.ao.AoSpaceSetting;
import eu.goodpractice.transfer.practice.ao.AoStatusChange;
import eu.goodpractice.transfer.practice.ao.AoVocabularyTerm;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.EntityManager;

/**
 * A space's app data in every table the file carries: every column filled (non-ASCII, long and
 * millisecond-precise values included) unless a test names it, links between records and to pages of the space
 * and of another space, and a neighbouring space whose rows must stay out of the export.
 */
final class SpaceDataFixture {
    static final String SOURCE = "VET";
    static final String TARGET = "NEW";
    static final String ELSEWHERE = "ELSE";
    static final Map<Long, PageRef> PAGES = Map.of(
            101L, new PageRef(101, SOURCE, "Dual training in care"),
            102L, new PageRef(102, SOURCE, "Apprenticeship coaches"),
            900L, new PageRef(900, "OTHER", "Shared glossary"),
            500L, new PageRef(500, ELSEWHERE, "Elsewhere practice"),
            1101L, new PageRef(1101, TARGET, "Dual training in care"),
            1102L, new PageRef(1102, TARGET, "Apprenticeship coaches"));
    /** The source's pages as the target has them, matched by title (the other space's page stays itself). */
    static final Map<Long, Long> TARGET_PAGES = Map.of(101L, 1101L, 102L, 1102L, 900L, 900L);
    private static final Instant T0 = Instant.parse("2026-03-02T08:30:15.250Z");

    private final EntityManager ao;
    private int serial;

    SpaceDataFixture(EntityManager ao) {
        this.ao = ao;
    }

    void fill() throws SQLException {
        for (String space : List.of(SOURCE, ELSEWHERE)) {
            long page = space.equals(SOURCE) ? 101 : 500;
            row(AoPractice.class, "SPACE_KEY", space, "PAGE_ID", page, "STATUS", "VALIDATED", "TRASHED", false,
                    "SUMMARY", "Lernortkooperation über Grenzen – Łódź, € ✓ ".repeat(200));
            row(AoRating.class, "PAGE_ID", page, "COUNTRY", "DE", "CRITERION_KEY", "S1", "ASSESSOR_KEY", "ana",
                    "RATING_VALUE", "4");
        }
        row(AoPractice.class, "SPACE_KEY", SOURCE, "PAGE_ID", 102L, "STATUS", "DRAFT", "TRASHED", false,
                "SUMMARY", null, "REGION", null);
        row(AoPracticeLabel.class, "PAGE_ID", 101L, "LABEL_NAME", "care");
        row(AoStatusChange.class, "PAGE_ID", 101L, "TRANSITION", "SUBMIT", "REASON", null);
        row(AoStatusChange.class, "PAGE_ID", 101L, "TRANSITION", "VALIDATE", "REASON", "Gut \"belegt\"");
        row(AoVocabularyTerm.class, "SPACE_KEY", SOURCE, "KIND", "THEME", "TERM_KEY", "green-skills", "RETIRED", true);
        row(AoSpaceSetting.class, "SPACE_KEY", SOURCE, "NAME", "coordinatorGroup", "SETTING_VALUE", "vet-coord");
        row(AoCriteriaSetCopy.class, "SPACE_KEY", SOURCE, "SET_VERSION", 2, "DOCUMENT", "{\"key\":\"x\"}");
        row(AoAssessmentVersion.class, "PAGE_ID", 101L, "COUNTRY", "DE", "LOCK_VERSION", 3);
        row(AoRating.class, "PAGE_ID", 101L, "COUNTRY", "DE", "CRITERION_KEY", "S2", "ASSESSOR_KEY", "jan",
                "RATING_VALUE", "NA", "EVIDENCE_URL", null);
        row(AoRatingChange.class, "PAGE_ID", 101L, "COUNTRY", "DE", "OLD_VALUE", null, "NEW_VALUE", "4");
        row(AoResultSummary.class, "SPACE_KEY", SOURCE, "PAGE_ID", 101L, "COUNTRY", "DE", "SCORE", 3.75,
                "COVERAGE", 0.5);
        int plan = row(AoActionPlan.class, "SPACE_KEY", SOURCE, "INSTITUTION_KEY", "hs-a", "RESPONSIBLE_KEY", null);
        int step = row(AoActionStep.class, "PLAN_ID", plan, "PRACTICE_PAGE_ID", 102L, "STATUS", "IN_PROGRESS");
        row(AoActionStep.class, "PLAN_ID", plan, "PRACTICE_PAGE_ID", null, "DUE_DATE", null);
        int chamber = row(AoStakeholder.class, "SPACE_KEY", SOURCE, "CONTACT_NAME", null, "RETIRED", false);
        int school = row(AoStakeholder.class, "SPACE_KEY", SOURCE, "RETIRED", true);
        row(AoEngagement.class, "SPACE_KEY", SOURCE, "STAKEHOLDER_IDS", "," + chamber + "," + school + ",",
                "PRACTICE_PAGE_IDS", ",101,900,", "ACTION_STEP_IDS", "," + step + ",");
        row(AoEngagement.class, "SPACE_KEY", SOURCE, "STAKEHOLDER_IDS", "," + school + ",",
                "PRACTICE_PAGE_IDS", null, "ACTION_STEP_IDS", null);
        row(AoDissemination.class, "SPACE_KEY", SOURCE, "PRACTICE_PAGE_IDS", ",102,", "REACH", 1200L,
                "LINK_CODE", 404, "LINK_CHECKED_AT", Date.from(T0));
        row(AoStakeholder.class, "SPACE_KEY", ELSEWHERE);
    }

    /** Creates a row with every column filled, then the named columns (upper-case names) as given. */
    int row(Class<? extends Entity> type, Object... columnsAndValues) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        String section = SpaceDataSections.ALL.stream().filter(candidate -> candidate.entity() == type)
                .map(Section::name).findFirst().orElse(null);
        for (EntityColumn column : EntityColumn.of(type)) {
            values.put(column.name, sample(column, SpaceDataSections.codes(section, column.property)));
        }
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        List<DBParam> params = new ArrayList<>();
        values.forEach((name, value) -> {
            if (value != null) {
                params.add(new DBParam(name, value));
            }
        });
        return ao.create(type, params.toArray(DBParam[]::new)).getID();
    }

    /** A value of the column's type; for a coded column one of its codes, as the app only ever stores those. */
    private Object sample(EntityColumn column, java.util.Set<String> codes) {
        int n = ++serial;
        if (codes != null) {
            List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(codes));
            return sorted.get(n % sorted.size());
        }
        Class<?> type = column.type;
        if (type == String.class) {
            String text = column.property + " " + n + " Zürich–Łódź";
            return column.maxLength > 0 && text.length() > column.maxLength
                    ? (column.property.substring(0, 1) + n).substring(0, Math.min(column.maxLength, 2)) : text;
        }
        if (type == int.class || type == Integer.class) {
            return n;
        }
        if (type == long.class || type == Long.class) {
            return 10_000L + n;
        }
        if (type == double.class || type == Double.class) {
            return n + 0.125;
        }
        if (type == boolean.class || type == Boolean.class) {
            return n % 2 == 0;
        }
        if (type == Date.class) {
            return Date.from(T0.plusSeconds(n));
        }
        throw new IllegalStateException(type.toString());
    }
}
