package eu.goodpractice.transfer.upgrade;

import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.CriteriaSetDocument;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.upgrade.v1.V1ActionPlan;
import eu.goodpractice.transfer.upgrade.v1.V1ActionStep;
import eu.goodpractice.transfer.upgrade.v1.V1AssessmentVersion;
import eu.goodpractice.transfer.upgrade.v1.V1CriteriaSetCopy;
import eu.goodpractice.transfer.upgrade.v1.V1Practice;
import eu.goodpractice.transfer.upgrade.v1.V1Rating;
import eu.goodpractice.transfer.upgrade.v1.V1RatingChange;
import eu.goodpractice.transfer.upgrade.v1.V1SpaceSetting;
import eu.goodpractice.transfer.upgrade.v1.V1StatusChange;
import eu.goodpractice.transfer.upgrade.v1.V1VocabularyTerm;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

/**
 * The database version 1 of the app left behind: its tables, made from the frozen entities, and rows a working
 * group would have written (two spaces, practices through their review, an action plan, ratings of two practices
 * for three countries with their history, a space's own criteria set). Long and non-ASCII text and empty optional
 * fields are there on purpose: they are what an upgrade loses first.
 */
final class V1Fixture {
    @SuppressWarnings("unchecked")
    static final Class<? extends RawEntity<?>>[] ENTITIES = new Class[] {V1ActionPlan.class, V1ActionStep.class,
            V1Practice.class, V1StatusChange.class, V1VocabularyTerm.class, V1SpaceSetting.class, V1Rating.class,
            V1RatingChange.class, V1AssessmentVersion.class, V1CriteriaSetCopy.class};

    static final String LONG_SUMMARY = "Lernortkooperation über Grenzen – Łódź, Ελληνικά, € ✓ ".repeat(100).strip();
    private static final Instant T0 = Instant.parse("2026-03-02T08:30:15.250Z");

    private final EntityManager ao;

    V1Fixture(EntityManager ao) {
        this.ao = ao;
    }

    void createSchemaAndRows() throws SQLException {
        ao.migrate(ENTITIES);
        practices();
        vocabularyAndSettings();
        actionPlan();
        ratings();
        criteriaSetCopy();
    }

    private void practices() throws SQLException {
        practice(101, "VET", "Dual training in care", LONG_SUMMARY, "VALIDATED", false);
        practice(102, "VET", "Apprenticeship coaches", null, "IN_TRANSFER", false);
        practice(201, "EDU", "Évaluation par les pairs", "Résumé court", "DRAFT", true);
        status(101, "SUBMIT", "DRAFT", "SUBMITTED", null, 1);
        status(101, "RETURN", "SUBMITTED", "DRAFT", "Bitte die Finanzierung ergänzen – \"Quelle\"?", 2);
        status(101, "SUBMIT", "DRAFT", "SUBMITTED", null, 3);
        status(101, "VALIDATE", "SUBMITTED", "VALIDATED", null, 4);
        status(102, "START_TRANSFER", "VALIDATED", "IN_TRANSFER", null, 5);
    }

    private void practice(long pageId, String space, String title, String summary, String status, boolean trashed)
            throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("SPACE_KEY", space);
        row.put("TITLE", title);
        row.put("SORT_TITLE", title.toLowerCase());
        row.put("SUMMARY", summary);
        row.put("INSTITUTION", pageId == 101 ? "Berufskolleg Köln" : null);
        row.put("COUNTRY", pageId == 201 ? "FR" : "DE");
        row.put("REGION", pageId == 101 ? "Nordrhein-Westfalen" : null);
        row.put("THEME", "work-based-learning");
        row.put("TARGET_GROUPS", ",apprentices,in-company-trainers,");
        row.put("EQF_LEVELS", ",3,4,");
        row.put("SECTOR", "health");
        row.put("INNOVATION_TYPE", "ORGANISATIONAL");
        row.put("START_DATE", "2021-09-01");
        row.put("END_DATE", pageId == 102 ? "2025-07-31" : null);
        row.put("ONGOING", pageId != 102);
        row.put("PAGE_LANGUAGE", pageId == 201 ? "fr" : "de");
        row.put("ENGLISH_SUMMARY", pageId == 101 ? "Care training shared between school and employer." : null);
        row.put("SEARCH_TEXT", (title + " " + summary).toLowerCase());
        row.put("STATUS", status);
        row.put("TRASHED", trashed);
        row.put("CREATED_BY", "user-ana");
        row.put("CREATED_AT", at(0));
        row.put("UPDATED_BY", "user-jan");
        row.put("UPDATED_AT", at(10));
        row.put("LOCK_VERSION", (int) pageId % 7);
        create(V1Practice.class, row);
    }

    private void status(long pageId, String transition, String from, String to, String reason, int minutes)
            throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("TRANSITION", transition);
        row.put("FROM_STATUS", from);
        row.put("TO_STATUS", to);
        row.put("ACTOR_KEY", minutes % 2 == 0 ? "user-coordinator" : "user-ana");
        row.put("CHANGED_AT", at(minutes));
        row.put("REASON", reason);
        create(V1StatusChange.class, row);
    }

    private void vocabularyAndSettings() throws SQLException {
        create(V1VocabularyTerm.class, Map.of("SPACE_KEY", "VET", "KIND", "THEME", "TERM_KEY", "green-skills",
                "LABEL", "Grüne Kompetenzen", "RETIRED", false, "SORT_KEY", 3));
        create(V1VocabularyTerm.class, Map.of("SPACE_KEY", "VET", "KIND", "TARGET_GROUP", "TERM_KEY", "guidance-staff",
                "RETIRED", true, "SORT_KEY", 0));
        create(V1SpaceSetting.class, Map.of("SPACE_KEY", "VET", "NAME", "coordinator-group",
                "SETTING_VALUE", "vet-coordinators"));
    }

    private void actionPlan() throws SQLException {
        V1ActionPlan plan = create(V1ActionPlan.class, Map.of("SPACE_KEY", "VET", "INSTITUTION", "Szkoła Łódź",
                "INSTITUTION_KEY", "szkoła łódź", "COUNTRY", "PL", "RESPONSIBLE_KEY", "user-jan",
                "CREATED_BY", "user-jan", "CREATED_AT", at(20), "UPDATED_BY", "user-ana", "UPDATED_AT", at(30),
                "LOCK_VERSION", 4));
        create(V1ActionPlan.class, Map.of("SPACE_KEY", "EDU", "INSTITUTION", "Lycée Lyon", "INSTITUTION_KEY",
                "lycée lyon", "COUNTRY", "FR", "CREATED_BY", "user-ana", "CREATED_AT", at(21), "UPDATED_BY",
                "user-ana", "UPDATED_AT", at(21)));
        Map<String, Object> full = new LinkedHashMap<>(Map.of("PLAN_ID", plan.getID(), "SORT_KEY", 10, "TITLE",
                "Win two employers", "DESCRIPTION", LONG_SUMMARY, "OWNER_KEY", "user-jan", "DUE_DATE", "2026-06-30",
                "STATUS", "IN_PROGRESS", "PRIORITY", "HIGH", "PRACTICE_PAGE_ID", 101L, "CRITERION",
                "social-partners"));
        full.putAll(Map.of("STAKEHOLDERS", "Chamber of crafts\nRegional employers' association", "ANCHORING",
                "ADOPTED", "CREATED_BY", "user-jan", "CREATED_AT", at(22), "UPDATED_BY", "user-jan",
                "UPDATED_AT", at(23), "LOCK_VERSION", 2));
        create(V1ActionStep.class, full);
        create(V1ActionStep.class, Map.of("PLAN_ID", plan.getID(), "SORT_KEY", 20, "TITLE", "Translate the guide",
                "STATUS", "NOT_STARTED", "PRIORITY", "MEDIUM", "CREATED_BY", "user-ana", "CREATED_AT", at(24),
                "UPDATED_BY", "user-ana", "UPDATED_AT", at(24)));
    }

    private void ratings() throws SQLException {
        rate(101, "DE", "user-ana", "funding-stability", "4", "Finanzierung bis 2028 gesichert", 40);
        rate(101, "DE", "user-ana", "evaluation", "NA", null, 40);
        rate(101, "DE", "user-jan", "funding-stability", "5", null, 41);
        rate(101, "DE", "user-jan", "curricula", "DK", null, 41);
        rate(101, "PL", "user-jan", "language-culture", "2", "Materials exist only in German", 42);
        rate(102, "FR", "user-ana", "documentation", "3", null, 43);
        change(101, "DE", "user-ana", "funding-stability", null, "3", 39);
        change(101, "DE", "user-ana", "funding-stability", "3", "4", 40);
        change(101, "DE", "user-jan", "partnerships", "2", null, 41);
        change(102, "FR", "user-ana", "documentation", null, "3", 43);
        version(101, "DE", 3);
        version(101, "PL", 1);
        version(102, "FR", 1);
    }

    private void rate(long pageId, String country, String assessor, String criterion, String value, String why,
                      int minutes) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("COUNTRY", country);
        row.put("CRITERION_KEY", criterion);
        row.put("ASSESSOR_KEY", assessor);
        row.put("RATING_VALUE", value);
        row.put("RATIONALE", why);
        row.put("EVIDENCE_URL", why == null ? null : "https://example.org/evidence/" + pageId + "?c=" + criterion);
        row.put("SET_KEY", ShippedCriteria.KEY);
        row.put("SET_VERSION", pageId == 101 ? 2 : ShippedCriteria.VERSION);
        row.put("UPDATED_AT", at(minutes));
        create(V1Rating.class, row);
    }

    private void change(long pageId, String country, String assessor, String criterion, String oldValue,
                        String newValue, int minutes) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("COUNTRY", country);
        row.put("CRITERION_KEY", criterion);
        row.put("ASSESSOR_KEY", assessor);
        row.put("OLD_VALUE", oldValue);
        row.put("NEW_VALUE", newValue);
        row.put("RATIONALE", newValue == null ? null : "Bewertung " + newValue);
        row.put("CHANGED_AT", at(minutes));
        create(V1RatingChange.class, row);
    }

    private void version(long pageId, String country, int lockVersion) throws SQLException {
        create(V1AssessmentVersion.class, Map.of("PAGE_ID", pageId, "COUNTRY", country, "LOCK_VERSION",
                lockVersion));
    }

    /** The VET space's own copy of the shipped set (version 2), which page 101's ratings were made with. */
    private void criteriaSetCopy() throws SQLException {
        CriteriaSet shipped = ShippedCriteria.set();
        CriteriaSet copy = new CriteriaSet(shipped.key(), 2, "VET", shipped.dimensions(), shipped.criteria(),
                shipped.rules());
        create(V1CriteriaSetCopy.class, Map.of("SPACE_KEY", "VET", "SET_VERSION", 2, "DOCUMENT",
                CriteriaSetDocument.write(copy)));
    }

    /** Null values are left out: AO writes an absent column as NULL, as version 1 did for empty fields. */
    private <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) throws SQLException {
        Map<String, Object> present = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (value != null) {
                present.put(column, value);
            }
        });
        return ao.create(type, present);
    }

    private static Date at(int minutes) {
        return Date.from(T0.plusSeconds(60L * minutes));
    }
}
