package eu.goodpractice.transfer.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.goodpractice.transfer.shared.Messages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The country-framework and action-plan blueprints' context providers: titles, texts, refusals. */
class CountryAndActionPlanContextProviderTest {
    private final Messages english = BlueprintFixtures.messages(Locale.ENGLISH);

    @Test
    void countryFrameworkTitlesThePageWithTheCountrysNameAndAsksAboutIt() {
        Map<String, Object> variables = new CountryFrameworkContextProvider(english)
                .getContextMap(BlueprintFixtures.context("country", "at"));

        assertThat(variables).containsEntry(PageVariables.PAGE_TITLE, "Framework conditions in Austria")
                .containsEntry("country", "AT")
                .containsEntry("headingHelps", "What helps transfer")
                .containsEntry("guidanceHinders", "Which rules, funding conditions, habits, language barriers or "
                        + "missing capacities in Austria stand in the way, and what could overcome them?");
        assertThat(variables).containsKeys(CountryFrameworkContextProvider.TEXTS.keySet().toArray(String[]::new));
    }

    @Test
    void countryFrameworkRefusesAMissingOrUnknownCountry() {
        assertThat(catchThrowableOfType(WizardInputException.class, () -> new CountryFrameworkContextProvider(english)
                .getContextMap(BlueprintFixtures.context())).getMessage())
                .isEqualTo("The page was not created because some answers are not valid. "
                        + "Country: Please fill in this field.");
        assertThat(catchThrowableOfType(WizardInputException.class, () -> new CountryFrameworkContextProvider(english)
                .getContextMap(BlueprintFixtures.context("country", "Atlantis"))).errors().byField())
                .containsOnlyKeys("country");
    }

    @Test
    void aGermanCreatorGetsTheCountryNameAndTextsInGerman() {
        Messages german = BlueprintFixtures.germanCreator(Map.of(
                "transfer.blueprint.country-framework.heading.vet-system", "Das Berufsbildungssystem",
                "transfer.blueprint.country-framework.page-title", "Rahmenbedingungen in {0}"));

        Map<String, Object> variables = new CountryFrameworkContextProvider(german)
                .getContextMap(BlueprintFixtures.context("country", "NL"));

        assertThat(variables).containsEntry("headingVetSystem", "Das Berufsbildungssystem")
                .containsEntry(PageVariables.PAGE_TITLE, "Rahmenbedingungen in Niederlande");
    }

    @Test
    void actionPlanNamesTheInstitutionForTheMacroAndTheTitle() {
        Map<String, Object> variables = new ActionPlanContextProvider(english)
                .getContextMap(BlueprintFixtures.context("institution", " ROC Twente ", "country", "nl"));

        assertThat(variables).containsEntry(PageVariables.PAGE_TITLE, "Action plan of ROC Twente (Netherlands)")
                .containsEntry("institution", "ROC Twente")
                .containsEntry("country", "NL")
                .containsEntry("intro", "The capacity-building strategy of ROC Twente (Netherlands): how the "
                        + "institution adopts good practices of the partnership and anchors them in its work.")
                .containsEntry("headingMonitoring", "Monitoring");
        assertThat(variables).containsKeys(ActionPlanContextProvider.TEXTS.keySet().toArray(String[]::new));
    }

    @Test
    void actionPlanRefusesEachBadAnswerWithItsProblem() {
        WizardInputException refused = catchThrowableOfType(WizardInputException.class,
                () -> new ActionPlanContextProvider(english).getContextMap(
                        BlueprintFixtures.context("institution", "y".repeat(300), "country", "ZZ")));

        assertThat(refused.getMessage()).isEqualTo("The page was not created because some answers are not valid. "
                + "Institution: At most 255 characters, please (this has 300). "
                + "Country: \u201cZZ\u201d is not a two-letter country code such as DE, FR or PL.");
    }
}
