package eu.goodpractice.transfer.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.goodpractice.transfer.practice.PracticeRules;
import eu.goodpractice.transfer.shared.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pages the blueprints create: each content template filled with what its context provider makes of a sample
 * answer, checked to be well-formed storage format and compared with a golden file that a person has read. Any
 * change to a template, a text or an escape shows up as a difference here. After a deliberate change (or when the
 * German translation lands), write the files anew with {@code mvn test -Dtest=ContentTemplatesTest
 * -Dblueprints.golden.write=true}, read the diff, and commit it.
 */
class ContentTemplatesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "blueprints");
    private static final String PROFILE = "http://atlassian.com/content";

    @Test
    void goodPracticeInEnglishCarriesTheAnswersInTheProfileMacroAndHasNoEnglishSummarySection() throws IOException {
        String page = goodPractice(Locale.ENGLISH, "en");

        assertGolden("good-practice.en", page);
        assertThat(macroParameters(page, "practice-profile")).containsExactlyEntriesOf(ordered(
                "institution", "Berufskolleg K\u00f6ln-S\u00fcd", "country", "DE", "theme", "work-based-learning",
                "targetGroups", "apprentices,in-company-trainers", "eqfLevels", "3,4", "sector", "Metal & electrical",
                "summary", "Each apprentice has two mentors, one at school and one in the company; they meet "
                        + "\"every month\".", "language", "en"));
        assertThat(page).doesNotContain("Summary in English");
    }

    @Test
    void goodPracticeOfAGermanCreatorWrittenInGermanGetsAnEnglishSummarySection() throws IOException {
        String page = goodPractice(Locale.GERMAN, "de");

        assertGolden("good-practice.de", page);
        assertThat(macroParameters(page, "practice-profile")).containsEntry("language", "de");
        String heading = BlueprintFixtures.messages(Locale.GERMAN)
                .text("transfer.blueprint.good-practice.heading.english-summary");
        assertThat(heading).as("the German heading").isNotEqualTo("Summary in English");
        assertThat(page).contains("<h2>" + heading + "</h2><p><ac:placeholder>");
    }

    @Test
    void countryFrameworkNamesTheCountryInTheCreatorsLanguage() throws IOException {
        Messages messages = BlueprintFixtures.messages(Locale.ENGLISH);
        Map<String, Object> context = new CountryFrameworkContextProvider(messages)
                .getContextMap(BlueprintFixtures.context("country", "el"));

        String page = StorageTemplate.named("country-framework.xml").fill(context);

        assertGolden("country-framework.en", page);
        assertThat(context).containsEntry(PageVariables.PAGE_TITLE, "Framework conditions in Greece");
    }

    @Test
    void actionPlanPutsTheInstitutionsActionPlanMacroAmongTheStrategySections() throws IOException {
        Messages messages = BlueprintFixtures.messages(Locale.ENGLISH);
        Map<String, Object> context = new ActionPlanContextProvider(messages).getContextMap(
                BlueprintFixtures.context("institution", " Zesp\u00f3\u0142 Szk\u00f3\u0142 Technicznych <ZST> ",
                        "country", "PL"));

        String page = StorageTemplate.named("action-plan.xml").fill(context);

        assertGolden("action-plan.en", page);
        assertThat(macroParameters(page, "action-plan"))
                .containsExactlyEntriesOf(ordered("institution", "Zesp\u00f3\u0142 Szk\u00f3\u0142 Technicznych <ZST>"));
    }

    private static String goodPractice(Locale creatorsLanguage, String pageLanguage) {
        Messages messages = BlueprintFixtures.messages(creatorsLanguage);
        GoodPracticeContextProvider provider = new GoodPracticeContextProvider(
                new PracticeRules(BlueprintFixtures.shippedVocabularies()), messages);
        Map<String, Object> context = provider.getContextMap(BlueprintFixtures.goodPracticeAnswers(pageLanguage));
        return StorageTemplate.named("good-practice.xml").fill(context);
    }

    /** The parameters of the one macro of that name, as the macro will receive them (entities resolved). */
    private static Map<String, String> macroParameters(String storage, String macroName) {
        Document document = StorageTemplate.parse(storage);
        Map<String, String> parameters = new LinkedHashMap<>();
        NodeList macros = document.getElementsByTagNameNS(PROFILE, "structured-macro");
        int found = 0;
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            if (macroName.equals(macro.getAttributeNS(PROFILE, "name"))) {
                found++;
                NodeList children = macro.getElementsByTagNameNS(PROFILE, "parameter");
                for (int j = 0; j < children.getLength(); j++) {
                    Element parameter = (Element) children.item(j);
                    parameters.put(parameter.getAttributeNS(PROFILE, "name"), parameter.getTextContent());
                }
            }
        }
        assertThat(found).as("%s macros in the page", macroName).isEqualTo(1);
        return parameters;
    }

    private static Map<String, String> ordered(String... nameThenValue) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameThenValue.length; i += 2) {
            map.put(nameThenValue[i], nameThenValue[i + 1]);
        }
        return map;
    }

    private static void assertGolden(String name, String storage) throws IOException {
        StorageTemplate.parse(storage);
        Path golden = GOLDEN.resolve(name + ".expected.xml");
        if (Boolean.getBoolean("blueprints.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, storage, StandardCharsets.UTF_8);
            fail("wrote " + golden + ": read it, then run the test again without -Dblueprints.golden.write");
        }
        assertThat(golden).as("golden file; write it with -Dblueprints.golden.write=true").exists();
        assertThat(storage).as("page from the %s template differs from %s", name, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
