package eu.goodpractice.transfer.assessment.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.ActionStep;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import eu.goodpractice.transfer.assessment.CountryAssessment;
import eu.goodpractice.transfer.assessment.CriteriaSet;
import eu.goodpractice.transfer.assessment.Criterion;
import eu.goodpractice.transfer.assessment.Rating;
import eu.goodpractice.transfer.assessment.RatingChange;
import eu.goodpractice.transfer.assessment.RatingValue;
import eu.goodpractice.transfer.assessment.Scoring;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.platform.HostLinks;
import eu.goodpractice.transfer.platform.SalMessages;
import eu.goodpractice.transfer.shared.Person;
import eu.goodpractice.transfer.shared.UserDirectory;
import eu.goodpractice.transfer.workbench.host.BundleI18nResolver;
import eu.goodpractice.transfer.workbench.host.VelocityTemplateRenderer;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transferability result as a reader sees it, rendered with the real template, bundles and allowlist. */
class TransferabilityViewTest {
    private static final CriteriaSet SET = ShippedCriteria.set();

    @Test
    void aCompleteAssessmentShowsBandScoreRadarTableDivergencesAndAssessors() throws Exception {
        List<Rating> ratings = new ArrayList<>();
        for (Criterion criterion : SET.activeCriteria()) {
            ratings.add(rating(criterion.key(), "ana", "4"));
            ratings.add(rating(criterion.key(), "jan", criterion.key().equals("evidence") ? "2" : "5"));
        }

        String html = render(Locale.ENGLISH, new CountryAssessment(7, "PL", SET, ratings, Scoring.result(SET, ratings), 3));

        assertThat(html).contains("Transfer to Poland").contains(">Ready to transfer<").contains("Readiness 4.4 of 5")
                .contains("Coverage: 20 of 20 criteria rated (100%)")
                .contains("<svg").contains("class=\"gpt-radar__scores\"").contains("role=\"img\"")
                .contains("<th class=\"confluenceTh\" scope=\"row\">Sustainability</th>")
                .contains("Partners disagree by two points or more")
                .contains("How strong is the evidence that the practice works?")
                .contains("Assessed by: Ana Editor, Jan Editor");
    }

    @Test
    void tooFewRatingsShowIncompleteWithTheCoverageInTheReadersLanguage() throws Exception {
        List<Rating> ratings = List.of(rating("funding-stability", "ana", "5"), rating("evidence", "ana", "1"));

        String english = render(Locale.ENGLISH, new CountryAssessment(7, "DE", SET, ratings,
                Scoring.result(SET, ratings), 1));
        String german = render(Locale.GERMAN, new CountryAssessment(7, "DE", SET, ratings,
                Scoring.result(SET, ratings), 1));

        assertThat(english).contains("Incomplete: 10% of the criteria are rated; a result needs 60%.")
                .doesNotContain("Ready to transfer").contains("not rated yet");
        assertThat(german).contains("Deutschland").doesNotContain("Incomplete");
    }

    @Test
    void aCountryNobodyAssessedSaysSo() throws Exception {
        String html = render(Locale.ENGLISH, new CountryAssessment(7, "NL", SET, List.of(),
                Scoring.result(SET, List.of()), 0));

        assertThat(html).contains("Nobody has assessed this practice for Netherlands yet.").doesNotContain("<svg");
    }

    @Test
    void anEditorGetsARateButtonAndWhatTheFormScriptNeeds() throws Exception {
        CountryAssessment assessment = new CountryAssessment(7, "NL", SET, List.of(), Scoring.result(SET, List.of()), 0);

        String html = render(Locale.GERMAN, assessment, new TransferabilityView.RatingForm(7, "VET", "ana"));

        assertThat(html).contains("data-editable=\"true\"").contains("data-page-id=\"7\"")
                .contains("data-space-key=\"VET\"").contains("data-user-key=\"ana\"")
                .contains("data-rest-base=\"/confluence/rest/practice-transfer/1.0\"")
                .contains("&#34;transfer.assessment.js.save&#34;:&#34;Meine Bewertungen speichern&#34;")
                .contains("class=\"gpt-button gpt-assessment__rate\"").contains(">Bewerten</button>");
    }

    @Test
    void aReaderGetsNoRateButton() throws Exception {
        String html = render(Locale.ENGLISH, new CountryAssessment(7, "NL", SET, List.of(),
                Scoring.result(SET, List.of()), 0));

        assertThat(html).doesNotContain("data-editable").doesNotContain("gpt-assessment__rate")
                .doesNotContain("data-i18n");
    }

    @Test
    void everyAssessorsRatingShowsReadOnlyWithValueInWordsReasonAndOnlyWebLinks() throws Exception {
        List<Rating> ratings = List.of(
                new Rating("evidence", "ana", RatingValue.score(4), "Two <b>studies</b>", "https://example.org/a?x=1&y=2",
                        Instant.EPOCH),
                new Rating("evidence", "jan", RatingValue.NOT_APPLICABLE, "no data", "javascript:alert(1)",
                        Instant.EPOCH),
                new Rating("funding-stability", "jan", RatingValue.DONT_KNOW, "", null, Instant.EPOCH));

        String html = render(Locale.ENGLISH, new CountryAssessment(7, "PL", SET, ratings,
                Scoring.result(SET, ratings), 1));
        String german = render(Locale.GERMAN, new CountryAssessment(7, "PL", SET, ratings,
                Scoring.result(SET, ratings), 1));

        assertThat(html).contains("<details class=\"gpt-assessment__ratings\">").contains("<summary>All ratings (3)</summary>")
                .contains("<td class=\"confluenceTd\">Ana Editor</td><td class=\"confluenceTd\">4 of 5</td>"
                        + "<td class=\"confluenceTd\">Two &lt;b&gt;studies&lt;/b&gt;</td>")
                .contains("<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">")
                .contains("<td class=\"confluenceTd\">not applicable</td>").contains(">don’t know<")
                .contains(">javascript:alert(1)<").doesNotContain("href=\"javascript")
                .doesNotContain("<b>studies");
        assertThat(html.indexOf("Ana Editor</td>")).isLessThan(html.indexOf("Jan Editor</td><td class=\"confluenceTd\">not"));
        assertThat(german).contains("<summary>Alle Bewertungen (3)</summary>").contains(">4 von 5<")
                .contains(">weiß nicht<");
    }

    @Test
    void aBarrierShowsTheStepsTakenOnItWithInstitutionAndStatusInWords() throws Exception {
        List<Rating> ratings = new ArrayList<>();
        for (Criterion criterion : SET.activeCriteria()) {
            ratings.add(rating(criterion.key(), "ana", criterion.key().equals("evidence") ? "1" : "4"));
        }
        ActionPlan plan = new ActionPlan(3, "VET", "ROC <Amsterdam>", "NL", "ana", null);
        ActionStep step = new ActionStep(9, 3, 0, "Collect studies", null, null, null, StepStatus.IN_PROGRESS,
                StepPriority.HIGH, 7L, "evidence", List.of(), null, null);
        CountryAssessment assessment = new CountryAssessment(7, "NL", SET, ratings, Scoring.result(SET, ratings), 1);

        String html = render(Locale.ENGLISH, assessment, new TransferabilityView.RatingForm(7, "VET", "ana"),
                Map.of("evidence", List.of(new ActionPlanService.LinkedStep(plan, step))));
        String reader = render(Locale.ENGLISH, assessment, null, Map.of());

        assertThat(html).contains("<li class=\"gpt-assessment__barrier\" data-criterion=\"evidence\">"
                        + "How strong is the evidence that the practice works?")
                .contains("gpt-assessment__step--in-progress\">Collect studies \u2013 ROC &lt;Amsterdam&gt;: In progress</li>")
                .contains("data-step-title=\"How strong is the evidence that the practice works? (Netherlands)\"")
                .contains(">Create step</button>");
        assertThat(reader).contains("gpt-assessment__barrier").doesNotContain("Create step")
                .doesNotContain("gpt-assessment__steps");
    }

    @Test
    void theHistoryListsEveryChangeNewestFirstWithOldAndNewValueInWords() throws Exception {
        List<Rating> ratings = List.of(rating("funding-stability", "ana", "4"));
        CountryAssessment assessment = new CountryAssessment(7, "PL", SET, ratings, Scoring.result(SET, ratings), 2);
        List<RatingChange> history = List.of(
                new RatingChange("funding-stability", "ana", null, RatingValue.parse("2"), "first <guess>",
                        Instant.parse("2026-03-01T09:30:00Z")),
                new RatingChange("funding-stability", "ana", RatingValue.parse("2"), RatingValue.parse("4"),
                        "budget confirmed", Instant.parse("2026-04-02T14:05:00Z")));

        String html = render(Locale.ENGLISH, assessment, null, Map.of(), Map.of("PL", history));
        String table = html.substring(html.indexOf("gpt-assessment__history"));

        assertThat(table).contains("Changes (2)").contains("Ana Editor")
                .contains("2 of 5 \u2192 4 of 5").contains("no rating \u2192 2 of 5")
                .contains("first &lt;guess&gt;").doesNotContain("<guess>");
        assertThat(table.indexOf("2026-04-02 14:05 UTC")).as("newest first")
                .isLessThan(table.indexOf("2026-03-01 09:30 UTC")).isNotNegative();
        String german = render(Locale.GERMAN, assessment, null, Map.of(), Map.of("PL", history));
        assertThat(german).contains("\u00c4nderungen (2)").contains("keine Bewertung");
    }

    private static String render(Locale locale, CountryAssessment assessment) throws Exception {
        return render(locale, assessment, null);
    }

    private static String render(Locale locale, CountryAssessment assessment, TransferabilityView.RatingForm form)
            throws Exception {
        return render(locale, assessment, form, Map.of());
    }

    private static String render(Locale locale, CountryAssessment assessment, TransferabilityView.RatingForm form,
                                 Map<String, List<ActionPlanService.LinkedStep>> steps) throws Exception {
        return render(locale, assessment, form, steps, Map.of());
    }

    private static String render(Locale locale, CountryAssessment assessment, TransferabilityView.RatingForm form,
                                 Map<String, List<ActionPlanService.LinkedStep>> steps,
                                 Map<String, List<RatingChange>> history) throws Exception {
        UserDirectory users = mock(UserDirectory.class);
        when(users.byKeys(any())).thenReturn(Map.of("ana", new Person("ana", "ana", "Ana Editor"),
                "jan", new Person("jan", "jan", "Jan Editor")));
        SalMessages messages = new SalMessages(new BundleI18nResolver(List.of("i18n/practice-transfer"),
                () -> locale), () -> locale);
        StringWriter out = new StringWriter();
        new VelocityTemplateRenderer(Set.of()).render(TransferabilityView.TEMPLATE,
                new TransferabilityView(messages, users, new HostLinks(mode -> "/confluence")).page(List.of(assessment), form, steps, history), out);
        return out.toString();
    }

    private static Rating rating(String criterion, String assessor, String value) {
        return new Rating(criterion, assessor, RatingValue.parse(value), "reason", null, Instant.EPOCH);
    }
}
