package eu.goodpractice.transfer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PracticeRulesTest {
    /** The VET space's vocabularies: the shipped terms, and its own theme "zero-waste" and target group "refugees". */
    private final Vocabularies vocabularies = (spaceKey, kind) -> {
        List<Term> terms = new ArrayList<>(kind.shippedTerms().stream().map(key -> new Term(key, null, false)).toList());
        if ("VET".equals(spaceKey)) {
            terms.add(kind == VocabularyKind.THEME ? new Term("zero-waste", "Zero waste", false)
                    : new Term("refugees", "Refugees", false));
        }
        return terms;
    };
    private final PracticeRules rules = new PracticeRules(vocabularies);

    @Test
    void turnsAFullWizardInputIntoATrimmedProfile() {
        PracticeInput input = new Input().title("  Mentoring apprentices ").summary(" Peers mentor peers. ")
                .institution(" Berufskolleg Köln ").country(" de ").region(" NRW ").theme(" zero-waste ")
                .targetGroups(" apprentices ", "", "refugees", "apprentices").eqfLevels("4", " 3 ", "", "4")
                .sector(" Metal ").innovationType("pedagogical").startDate("2024-09-01").endDate("2026-07-31")
                .ongoing("false").language(" DE ").englishSummary(" Peer mentoring. ").build();

        PracticeDraft draft = rules.validate("VET", input, PracticeRules.Mode.WIZARD);

        assertThat(draft.title()).isEqualTo("Mentoring apprentices");
        assertThat(draft.profile()).isEqualTo(new PracticeProfile("Peers mentor peers.", "Berufskolleg Köln", "DE",
                "NRW", "zero-waste", List.of("apprentices", "refugees"), new TreeSet<>(Set.of(3, 4)), "Metal",
                InnovationType.PEDAGOGICAL, LocalDate.parse("2024-09-01"), LocalDate.parse("2026-07-31"), false, "de",
                "Peer mentoring."));
    }

    @Test
    void theWizardRequiresTheEssentialsAndReportsEveryMissingOneAtOnce() {
        assertThatThrownBy(() -> rules.validate("VET", new Input().build(), PracticeRules.Mode.WIZARD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages(e.errors()))
                        .containsOnly(
                                Map.entry("title", "transfer.validation.required"),
                                Map.entry("summary", "transfer.validation.required"),
                                Map.entry("institution", "transfer.validation.required"),
                                Map.entry("country", "transfer.validation.required"),
                                Map.entry("theme", "transfer.validation.required"),
                                Map.entry("targetGroups", "transfer.validation.required"),
                                // the page's language decides whether it needs an English summary section
                                Map.entry("language", "transfer.validation.required")));
    }

    @Test
    void theWizardReportsBadValuesOfEveryKindTogether() {
        PracticeInput input = new Input().title("x".repeat(256)).summary("s".repeat(PracticeRules.SUMMARY_LENGTH + 1))
                .institution("   ").country("Germany").theme("cooking").targetGroups("aliens").eqfLevels("9")
                .innovationType("magic").startDate("01.09.2024").language("german").build();

        assertThatThrownBy(() -> rules.validate("VET", input, PracticeRules.Mode.WIZARD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages(e.errors()))
                        .containsOnly(
                                Map.entry("title", "transfer.validation.too-long"),
                                Map.entry("summary", "transfer.validation.too-long"),
                                Map.entry("institution", "transfer.validation.required"),
                                Map.entry("country", "transfer.validation.country"),
                                Map.entry("theme", "transfer.validation.term"),
                                Map.entry("targetGroups", "transfer.validation.term"),
                                Map.entry("eqfLevels", "transfer.validation.eqf"),
                                Map.entry("innovationType", "transfer.validation.choice"),
                                Map.entry("startDate", "transfer.validation.date"),
                                Map.entry("language", "transfer.validation.language")));
    }

    @Test
    void aProfileEditAcceptsAnEmptyProfileAndLeavesTheTitleToThePage() {
        PracticeDraft draft = rules.validate("VET", new Input().title("ignored").build(), PracticeRules.Mode.PROFILE);

        assertThat(draft.title()).isNull();
        assertThat(draft.profile()).isEqualTo(PracticeProfile.empty());
    }

    @Test
    void aProfileEditStillChecksTheValuesItIsGiven() {
        PracticeInput input = new Input().country("ZZ").eqfLevels("0").build();

        assertThatThrownBy(() -> rules.validate("VET", input, PracticeRules.Mode.PROFILE))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().byField()).containsOnlyKeys("country", "eqfLevels"));
    }

    @Test
    void eqfLevelsOutsideOneToEightOrNotANumberAreRejected() {
        for (String bad : List.of("0", "9", "x", "-1", "4.5", "10")) {
            PracticeInput input = new Input().eqfLevels("3", bad).build();
            assertThatThrownBy(() -> rules.validate("VET", input, PracticeRules.Mode.PROFILE))
                    .as("EQF level %s", bad)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        FieldErrors.Problem problem = e.errors().byField().get("eqfLevels");
                        assertThat(problem.messageKey()).isEqualTo("transfer.validation.eqf");
                        assertThat(problem.arguments()).containsExactly(bad);
                    });
        }
        assertThat(rules.validate("VET", new Input().eqfLevels("1", "8").build(), PracticeRules.Mode.PROFILE)
                .profile().eqfLevels()).containsExactly(1, 8);
    }

    @Test
    void anEndBeforeTheStartIsRejectedButTheSameDayIsFine() {
        PracticeInput backwards = new Input().startDate("2025-03-01").endDate("2025-02-28").build();

        assertThatThrownBy(() -> rules.validate("VET", backwards, PracticeRules.Mode.PROFILE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages(e.errors()))
                        .containsOnly(Map.entry("endDate", "transfer.validation.end-before-start")));
        PracticeProfile oneDay = rules.validate("VET", new Input().startDate("2025-03-01").endDate("2025-03-01")
                .build(), PracticeRules.Mode.PROFILE).profile();
        assertThat(oneDay.endDate()).isEqualTo(LocalDate.parse("2025-03-01"));
    }

    @Test
    void anOngoingPracticeHasNoEndDate() {
        PracticeInput input = new Input().startDate("2025-01-01").endDate("2026-01-01").ongoing("TRUE").build();

        assertThatThrownBy(() -> rules.validate("VET", input, PracticeRules.Mode.PROFILE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages(e.errors()))
                        .containsOnly(Map.entry("endDate", "transfer.validation.ongoing-with-end")));
        assertThat(rules.validate("VET", new Input().startDate("2025-01-01").ongoing("true").build(),
                PracticeRules.Mode.PROFILE).profile().ongoing()).isTrue();
        assertThat(rules.validate("VET", new Input().ongoing("no").build(), PracticeRules.Mode.PROFILE).profile()
                .ongoing()).isFalse();
        assertThat(rules.validate("VET", new Input().ongoing("on").build(), PracticeRules.Mode.PROFILE).profile()
                .ongoing()).as("what an HTML checkbox sends").isTrue();
    }

    @Test
    void aThemeOrTargetGroupMustBeAKeyOfTheSpacesVocabulary() {
        // "zero-waste" and "refugees" are the VET space's own terms: another space does not know them
        PracticeInput input = new Input().theme("zero-waste").targetGroups("apprentices", "refugees").build();

        assertThat(rules.validate("VET", input, PracticeRules.Mode.PROFILE).profile().theme()).isEqualTo("zero-waste");
        assertThatThrownBy(() -> rules.validate("ADULT", input, PracticeRules.Mode.PROFILE))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(messages(e.errors())).containsOnly(Map.entry("theme", "transfer.validation.term"),
                            Map.entry("targetGroups", "transfer.validation.term"));
                    assertThat(e.errors().byField().get("targetGroups").arguments()).containsExactly("refugees");
                });
        // keys are exact: a label or another case is not a key
        assertThatThrownBy(() -> rules.validate("VET", new Input().theme("Zero waste").build(),
                PracticeRules.Mode.PROFILE)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theLanguageIsATwoLetterIsoCodeInLowerCase() {
        assertThat(rules.validate("VET", new Input().language("EN").build(), PracticeRules.Mode.PROFILE).profile()
                .language()).isEqualTo("en");
        assertThat(rules.validate("VET", new Input().language(" pl ").build(), PracticeRules.Mode.PROFILE).profile()
                .language()).isEqualTo("pl");
        for (String bad : List.of("english", "xx", "e", "en-GB")) {
            assertThatThrownBy(() -> rules.validate("VET", new Input().language(bad).build(),
                    PracticeRules.Mode.PROFILE)).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages(e.errors()))
                            .containsOnly(Map.entry("language", "transfer.validation.language")));
        }
    }

    @Test
    void countriesAreIsoCodesAndTheEuSpellingsOfGreeceAndTheUkAreAccepted() {
        assertThat(rules.validate("VET", new Input().country("el").build(), PracticeRules.Mode.PROFILE).profile()
                .country()).isEqualTo("GR");
        assertThat(rules.validate("VET", new Input().country("UK").build(), PracticeRules.Mode.PROFILE).profile()
                .country()).isEqualTo("GB");
        assertThat(rules.validate("VET", new Input().country("at").build(), PracticeRules.Mode.PROFILE).profile()
                .country()).isEqualTo("AT");
        assertThatThrownBy(() -> rules.validate("VET", new Input().country("EU").build(), PracticeRules.Mode.PROFILE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void problemsFoundWhileParsingAreReportedWithTheRest() {
        PracticeInput input = new Input().eqfLevels("12").parseErrors(FieldErrors.of("targetGroups",
                "transfer.validation.text-list")).build();

        assertThatThrownBy(() -> rules.validate("VET", input, PracticeRules.Mode.PROFILE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(messages(e.errors()))
                        .containsOnly(Map.entry("targetGroups", "transfer.validation.text-list"),
                                Map.entry("eqfLevels", "transfer.validation.eqf")));
    }

    @Test
    void aCompleteEnglishPracticeNeedsNothingMoreForSubmission() {
        PracticeProfile complete = profile("en", null);

        assertThat(rules.missingForSubmission(complete).hasErrors()).isFalse();
    }

    @Test
    void submissionNeedsTheEssentialsAndTheLanguage() {
        FieldErrors missing = rules.missingForSubmission(PracticeProfile.empty());

        assertThat(missing.byField()).containsOnlyKeys("summary", "institution", "country", "theme", "targetGroups",
                "language");
        assertThat(missing.byField().get("summary").messageKey())
                .isEqualTo("transfer.validation.required-for-submission");
        // an empty profile says nothing of its language, so no English summary is asked for yet
        assertThat(missing.has("englishSummary")).isFalse();
    }

    @Test
    void aPracticeWrittenInAnotherLanguageNeedsAnEnglishSummaryForSubmission() {
        assertThat(rules.missingForSubmission(profile("de", null)).byField()).containsOnlyKeys("englishSummary");
        assertThat(rules.missingForSubmission(profile("de", "   ")).byField()).containsOnlyKeys("englishSummary");
        assertThat(rules.missingForSubmission(profile("de", "Peer mentoring.")).hasErrors()).isFalse();
        assertThat(rules.missingForSubmission(profile("en", null)).hasErrors()).isFalse();
    }

    private static PracticeProfile profile(String language, String englishSummary) {
        return new PracticeProfile("Summary", "Institution", "DE", null, "inclusion", List.of("apprentices"),
                new TreeSet<>(), null, null, null, null, false, language, englishSummary);
    }

    private static Map<String, String> messages(FieldErrors errors) {
        Map<String, String> messages = new java.util.LinkedHashMap<>();
        errors.byField().forEach((field, problem) -> messages.put(field, problem.messageKey()));
        return messages;
    }

    /** A practice input with every value absent unless set. */
    static final class Input {
        private String title;
        private String summary;
        private String institution;
        private String country;
        private String region;
        private String theme;
        private List<String> targetGroups = List.of();
        private List<String> eqfLevels = List.of();
        private String sector;
        private String innovationType;
        private String startDate;
        private String endDate;
        private String ongoing;
        private String language;
        private String englishSummary;
        private String version;
        private FieldErrors parseErrors;

        Input title(String value) {
            title = value;
            return this;
        }

        Input summary(String value) {
            summary = value;
            return this;
        }

        Input institution(String value) {
            institution = value;
            return this;
        }

        Input country(String value) {
            country = value;
            return this;
        }

        Input region(String value) {
            region = value;
            return this;
        }

        Input theme(String value) {
            theme = value;
            return this;
        }

        Input targetGroups(String... values) {
            targetGroups = List.of(values);
            return this;
        }

        Input eqfLevels(String... values) {
            eqfLevels = List.of(values);
            return this;
        }

        Input sector(String value) {
            sector = value;
            return this;
        }

        Input innovationType(String value) {
            innovationType = value;
            return this;
        }

        Input startDate(String value) {
            startDate = value;
            return this;
        }

        Input endDate(String value) {
            endDate = value;
            return this;
        }

        Input ongoing(String value) {
            ongoing = value;
            return this;
        }

        Input language(String value) {
            language = value;
            return this;
        }

        Input englishSummary(String value) {
            englishSummary = value;
            return this;
        }

        Input version(String value) {
            version = value;
            return this;
        }

        Input parseErrors(FieldErrors value) {
            parseErrors = value;
            return this;
        }

        PracticeInput build() {
            return new PracticeInput(title, summary, institution, country, region, theme, targetGroups, eqfLevels,
                    sector, innovationType, startDate, endDate, ongoing, language, englishSummary, version,
                    parseErrors);
        }
    }
}
