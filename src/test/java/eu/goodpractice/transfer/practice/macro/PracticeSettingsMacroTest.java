package eu.goodpractice.transfer.practice.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import eu.goodpractice.transfer.assessment.CriteriaSetInput;
import eu.goodpractice.transfer.assessment.CriteriaSetInput.CriterionInput;
import eu.goodpractice.transfer.assessment.CriteriaSetService;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.practice.Term;
import eu.goodpractice.transfer.practice.VocabularyKind;
import eu.goodpractice.transfer.practice.VocabularyService;
import eu.goodpractice.transfer.testhost.TestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry's settings as readers and space administrators see them. */
class PracticeSettingsMacroTest {
    private TestApp testApp;
    private PracticeSettingsMacro macro;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        macro = testApp.app.module(PracticeSettingsMacro.class);
    }

    @AfterEach
    void stop() {
        testApp.confluence.logOut();
        testApp.close();
    }

    @Test
    void readersSeeTheTermsAndRetiredOnesMarkedInWords() throws Exception {
        testApp.confluence.logIn("coordinator");
        List<Term> themes = new ArrayList<>(testApp.app.bean(VocabularyService.class).terms("VET", VocabularyKind.THEME));
        themes.removeIf(term -> term.key().equals("guidance"));
        themes.add(new Term(null, "Dual study", false));
        testApp.app.bean(VocabularyService.class).replace("VET", VocabularyKind.THEME, themes);

        testApp.confluence.logIn("viewer");
        String html = macro.execute(Map.of(), "", context("display"));

        assertThat(html).contains("Work-based learning and apprenticeships").contains("Dual study")
                .contains("<s>Career guidance</s>").contains(">retired<").doesNotContain("data-editable");
        assertThat(testApp.confluence.requiredResources()).isEmpty();
    }

    @Test
    void readersSeeTheShippedCriteriaSetWithItsThresholds() throws Exception {
        testApp.confluence.logIn("viewer");
        String html = macro.execute(Map.of(), "", context("pdf"));

        assertThat(html).contains("The shipped criteria set, version 1")
                .contains("Is the practice evaluated over time, and do the results lead to improvements?")
                .contains(">asked<").doesNotContain(">retired</td>")
                .contains("<dt>Ready to transfer</dt><dd>from a score of 4.0</dd>").contains("60 %");
    }

    @Test
    void readersSeeTheSpacesCopyWithItsWeightsOwnWordingEscapedAndRetiredCriteriaInWords() throws Exception {
        testApp.confluence.logIn("coordinator");
        List<CriterionInput> criteria = ShippedCriteria.set().criteria().stream().map(c -> new CriterionInput(c.key(),
                null, c.key().equals("evaluation") ? "2.5" : null, c.key().equals("leadership"),
                c.key().equals("evaluation") ? "Is it <b>evaluated</b>?" : null)).toList();
        testApp.app.bean(CriteriaSetService.class).update("VET", new CriteriaSetInput(null, criteria, null), "1");

        testApp.confluence.logIn("viewer");
        String html = macro.execute(Map.of(), "", context("display"));

        assertThat(html).contains("This space’s own copy of the criteria set, version 2")
                .contains("Is it &lt;b&gt;evaluated&lt;/b&gt;?").doesNotContain("<b>evaluated")
                .contains(">2.5</td>")
                .contains("<s>Are the institution’s leaders committed to the practice?</s>")
                .contains(">retired</td>");
    }

    @Test
    void spaceAdministratorsGetTheEditorInTheBrowserOnly() throws Exception {
        testApp.confluence.logIn("coordinator");

        assertThat(macro.execute(Map.of(), "", context("display"))).contains("data-editable=\"true\"");
        assertThat(macro.execute(Map.of(), "", context("pdf"))).doesNotContain("data-editable");
    }

    @Test
    void outsidersAreTurnedAway() throws Exception {
        testApp.confluence.logIn("outsider");

        assertThat(macro.execute(Map.of("space", "VET"), "", context("display")))
                .contains("You do not have permission to view this content.");
    }

    private static ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("VET");
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }
}
