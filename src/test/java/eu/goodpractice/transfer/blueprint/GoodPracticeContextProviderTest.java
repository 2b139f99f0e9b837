package eu.goodpractice.transfer.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import eu.goodpractice.transfer.practice.PracticeRules;
import eu.goodpractice.transfer.practice.Vocabularies;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The good-practice blueprint's context provider on its own, with the registry's rules and the real bundles. */
class GoodPracticeContextProviderTest {
    private final Vocabularies vocabularies = mock(Vocabularies.class);
    private final Messages english = BlueprintFixtures.messages(Locale.ENGLISH);

    @BeforeEach
    void shippedTerms() {
        when(vocabularies.terms(anyString(), any())).thenAnswer(call -> BlueprintFixtures.shipped(call.getArgument(1)));
    }

    private GoodPracticeContextProvider provider(Messages messages) {
        return new GoodPracticeContextProvider(new PracticeRules(vocabularies), messages);
    }

    @Test
    void validAnswersBecomeThePageTitleAndTheProfileVariables() {
        Map<String, Object> answers = BlueprintFixtures.goodPracticeAnswers("en");

        Map<String, Object> variables = provider(english).getContextMap(answers);

        assertThat(variables)
                .containsEntry(PageVariables.PAGE_TITLE, "Dual mentoring <for> apprentices & trainers")
                .containsEntry("institution", "Berufskolleg K\u00f6ln-S\u00fcd")
                .containsEntry("country", "DE")
                .containsEntry("theme", "work-based-learning")
                .containsEntry("targetGroups", "apprentices,in-company-trainers")
                .containsEntry("eqfLevels", "3,4")
                .containsEntry("language", "en")
                .containsEntry("headingEvidence", "Evidence of success")
                .containsEntry("headingTransferability", "Transferability")
                .containsEntry("englishSummarySection", "")
                .containsEntry("spaceKey", "VET");
        assertThat(variables).containsKeys(GoodPracticeContextProvider.TEXTS.keySet().toArray(String[]::new));
        verify(vocabularies).terms("VET", VocabularyKind.THEME);
    }

    @Test
    void choicesArriveAsListsArraysOrTextAndAreTrimmed() {
        Map<String, Object> answers = BlueprintFixtures.goodPracticeAnswers("EN");
        answers.put("targetgroups", List.of("apprentices", " in-company-trainers "));
        answers.put("eqflevels", new String[] {"4", "3,3"});
        answers.put("institution", "  Berufskolleg  ");

        Map<String, Object> variables = provider(english).getContextMap(answers);

        assertThat(variables).containsEntry("targetGroups", "apprentices,in-company-trainers")
                .containsEntry("eqfLevels", "3,4").containsEntry("institution", "Berufskolleg")
                .containsEntry("language", "en");
    }

    @Test
    void invalidAnswersAreRefusedWithEachFieldAndItsProblemInTheCreatorsLanguage() {
        Map<String, Object> answers = BlueprintFixtures.context("title", " ", "institution", "x".repeat(256),
                "country", "XX", "theme", "knitting", "targetgroups", "", "eqflevels", "9",
                "summary", "Fine.", "language", "");

        WizardInputException refused = catchThrowableOfType(WizardInputException.class,
                () -> provider(english).getContextMap(answers));

        assertThat(refused.errors().byField().keySet()).containsExactlyInAnyOrder("title", "institution", "country",
                "theme", "targetGroups", "eqfLevels", "language");
        assertThat(refused.getMessage()).startsWith("The page was not created because some answers are not valid.")
                .contains("Title of the practice: Please fill in this field.")
                .contains("Institution: At most 255 characters, please (this has 256).")
                .contains("Country: \u201cXX\u201d is not a two-letter country code such as DE, FR or PL.")
                .contains("Theme: \u201cknitting\u201d is not a term of this space\u2019s list.")
                .contains("Target groups: Please fill in this field.")
                .contains("EQF levels: \u201c9\u201d is not an EQF level; levels go from 1 to 8.")
                .contains("Language of the page: Please fill in this field.");
    }

    @Test
    void aTermTheSpaceRetiredOrNeverHadIsRefusedThoughTheWizardOffersIt() {
        when(vocabularies.terms("VET", VocabularyKind.THEME)).thenReturn(List.of());

        WizardInputException refused = catchThrowableOfType(WizardInputException.class,
                () -> provider(english).getContextMap(BlueprintFixtures.goodPracticeAnswers("en")));

        assertThat(refused.errors().byField()).containsOnlyKeys("theme");
    }

    @Test
    void aGermanCreatorGetsGermanHeadingsAndAPageInGermanAnEnglishSummarySection() {
        Messages german = BlueprintFixtures.germanCreator(Map.of(
                "transfer.blueprint.good-practice.heading.evidence", "Belege f\u00fcr den Erfolg",
                "transfer.blueprint.good-practice.heading.english-summary", "Zusammenfassung auf Englisch"));

        Map<String, Object> variables = provider(german)
                .getContextMap(BlueprintFixtures.goodPracticeAnswers("de"));

        assertThat(variables).containsEntry("headingEvidence", "Belege f\u00fcr den Erfolg")
                .containsEntry("headingSummary", "[de] transfer.blueprint.good-practice.heading.summary")
                .containsEntry("language", "de");
        assertThat((String) variables.get("englishSummarySection"))
                .startsWith("<h2>Zusammenfassung auf Englisch</h2><p><ac:placeholder>[de] ")
                .endsWith("</ac:placeholder></p>");
    }
}
