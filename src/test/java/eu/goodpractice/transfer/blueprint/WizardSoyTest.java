package eu.goodpractice.transfer.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The create dialog's wizard pages as a user sees them: the Soy files of the descriptor's web resources compiled
 * with Google's Soy compiler (a broken template fails the build, not the dialog), each dialog page the descriptor
 * names rendered with the English bundle, and its markup read back for the fields, labels and choices.
 */
class WizardSoyTest {
    private static WizardPages pages;

    @BeforeAll
    static void compile() throws Exception {
        pages = WizardPages.compile();
    }

    @Test
    void everyDialogPageOfTheDescriptorRendersAsAFormWithLabelledLowerCaseFields() throws Exception {
        assertThat(pages.templates()).as("dialog pages in the descriptor").hasSize(3);
        for (String template : pages.templates()) {
            Document page = render(template);
            List<String> problems = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Element element : all(page, "//*[@id]")) {
                if (!ids.add(element.getAttribute("id"))) {
                    problems.add("id used twice: " + element.getAttribute("id"));
                }
            }
            for (Element label : all(page, "//label")) {
                if (!ids.contains(label.getAttribute("for"))) {
                    problems.add("label for a missing element: " + label.getAttribute("for"));
                }
            }
            for (Element field : all(page, "//*[@name]")) {
                String name = field.getAttribute("name");
                if (!name.equals(name.toLowerCase(Locale.ROOT))) {
                    problems.add("input name not in lower case: " + name);
                }
                if (all(page, "//*[@class='error'][@data-error-for='" + name + "']").size() != 1) {
                    problems.add("no place for the errors of " + name);
                }
            }
            for (Element box : all(page, "//input[@type='checkbox']")) {
                if (box.hasAttribute("name")) {
                    problems.add("checkbox " + box.getAttribute("id") + " sends itself; its group's hidden input "
                            + "sends the ticked values");
                }
            }
            assertThat(problems).as("page %s", template).isEmpty();
            Element form = one(page, "/root/form");
            assertThat(form.getAttribute("data-message-required")).isEqualTo("Please fill in this field.");
            assertThat(form.getAttribute("data-message-too-long")).isEqualTo("At most {0} characters, please (this has {1}).");
        }
    }

    @Test
    void theGoodPracticePageAsksForEveryAnswerTheContextProviderReads() throws Exception {
        Document page = render("GoodPracticeTransfer.Blueprints.goodPracticeForm");

        assertThat(names(page)).containsExactly("title", "institution", "country", "theme", "targetgroups",
                "eqflevels", "sector", "summary", "language");
        assertThat(requiredNames(page)).as("required as PracticeRules requires them in WIZARD mode")
                .containsExactly("title", "institution", "country", "theme", "targetgroups", "summary", "language");
        assertThat(labelOf(page, "gpt-gp-title")).isEqualTo("Title of the practice required");
        assertThat(labelOf(page, "gpt-gp-sector")).isEqualTo("Sector");
        assertThat(labelOf(page, "gpt-gp-summary")).isEqualTo("Short summary required");
        assertThat(labelOf(page, "gpt-gp-language")).isEqualTo("Language of the page required");
        assertThat(one(page, "//textarea[@name='summary']").getAttribute("maxlength")).isEqualTo("1000");
        assertThat(one(page, "//input[@name='title']").getAttribute("maxlength")).isEqualTo("255");

        assertThat(options(page, "theme")).as("the wizard offers exactly the shipped themes")
                .containsExactlyEntriesOf(shippedNames(VocabularyKind.THEME));
        assertThat(checkboxes(page, "targetgroups")).as("the wizard offers exactly the shipped target groups")
                .containsExactlyEntriesOf(shippedNames(VocabularyKind.TARGET_GROUP));
        assertThat(one(page, "//fieldset[@data-joined-into='targetgroups']/legend").getTextContent())
                .isEqualTo("Target groups required");
        Map<String, String> levels = new LinkedHashMap<>();
        IntStream.rangeClosed(1, 8).forEach(level -> levels.put(String.valueOf(level), String.valueOf(level)));
        assertThat(checkboxes(page, "eqflevels")).containsExactlyEntriesOf(levels);
    }

    @Test
    void countriesAndLanguagesAreCodesTheServerAccepts() throws Exception {
        Document page = render("GoodPracticeTransfer.Blueprints.goodPracticeForm");

        Map<String, String> countries = options(page, "country");
        assertThat(countries).hasSize(39).containsEntry("DE", "Germany").containsEntry("GR", "Greece")
                .containsEntry("UA", "Ukraine").containsEntry("NO", "Norway");
        FieldErrors errors = new FieldErrors();
        countries.keySet().forEach(code -> assertThat(InputText.country(errors, "country", code, true))
                .isEqualTo(code));
        assertThat(errors.hasErrors()).isFalse();

        Map<String, String> languages = options(page, "language");
        assertThat(languages).hasSize(33).containsEntry("en", "English").containsEntry("de", "German");
        assertThat(Set.of(Locale.getISOLanguages())).containsAll(languages.keySet());
        assertThat(one(page, "//select[@name='country']/option[1]").getTextContent()).isEqualTo("Choose a country");
    }

    @Test
    void theCountryFrameworkPageAsksForTheCountryAndTheActionPlanPageForInstitutionAndCountry() throws Exception {
        Document framework = render("GoodPracticeTransfer.Blueprints.countryFrameworkForm");
        assertThat(names(framework)).containsExactly("country");
        assertThat(labelOf(framework, "gpt-cf-country")).isEqualTo("Country required");
        assertThat(options(framework, "country")).hasSize(39);

        Document plan = render("GoodPracticeTransfer.Blueprints.actionPlanForm");
        assertThat(names(plan)).containsExactly("institution", "country");
        assertThat(requiredNames(plan)).containsExactly("institution", "country");
        assertThat(labelOf(plan, "gpt-ap-institution")).isEqualTo("Institution required");
    }

    private static Document render(String template) throws Exception {
        return xml("<root>" + pages.render(template) + "</root>");
    }

    private static Map<String, String> shippedNames(VocabularyKind kind) {
        Map<String, String> names = new LinkedHashMap<>();
        kind.shippedTerms().forEach(term -> names.put(term, WizardPages.english(kind.labelKey(term))));
        return names;
    }

    private static List<String> names(Document page) throws Exception {
        return all(page, "//*[@name]").stream().map(e -> e.getAttribute("name")).toList();
    }

    private static List<String> requiredNames(Document page) throws Exception {
        return all(page, "//*[@name][@data-required='true']").stream().map(e -> e.getAttribute("name")).toList();
    }

    private static String labelOf(Document page, String id) throws Exception {
        return one(page, "//label[@for='" + id + "']").getTextContent();
    }

    /** A select's choices, value -> text, without the first "Choose ..." entry. */
    private static Map<String, String> options(Document page, String name) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<Element> all = all(page, "//select[@name='" + name + "']/option");
        assertThat(all.get(0).getAttribute("value")).as("first choice of %s", name).isEmpty();
        all.subList(1, all.size()).forEach(o -> options.put(o.getAttribute("value"), o.getTextContent()));
        return options;
    }

    /** A checkbox group's choices, value -> label text. */
    private static Map<String, String> checkboxes(Document page, String joinedInto) throws Exception {
        Map<String, String> boxes = new LinkedHashMap<>();
        for (Element box : all(page, "//fieldset[@data-joined-into='" + joinedInto + "']//input[@type='checkbox']")) {
            boxes.put(box.getAttribute("value"), labelOf(page, box.getAttribute("id")));
        }
        return boxes;
    }

    private static Element one(Document page, String xpath) throws Exception {
        List<Element> found = all(page, xpath);
        assertThat(found).as(xpath).hasSize(1);
        return found.get(0);
    }

    private static List<Element> all(Document page, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** The rendered HTML read as XML, which the templates keep it: a stray tag fails here. */
    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }
}
