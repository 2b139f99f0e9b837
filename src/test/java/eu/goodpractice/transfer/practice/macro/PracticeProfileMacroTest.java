package eu.goodpractice.transfer.practice.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.testhost.TestApp;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The practice card as readers see it: real templates, i18n and storage on the stand-in Confluence. */
class PracticeProfileMacroTest {
    private static final Map<String, String> FROM_BLUEPRINT = Map.of("institution", "Berufskolleg am Rhein",
            "country", "de", "theme", "work-based-learning", "targetGroups", "apprentices, in-company-trainers",
            "eqfLevels", "3,4", "summary", "Two mentors <per> apprentice", "language", "de");

    private TestApp testApp;
    private PracticeProfileMacro macro;
    private Page page;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        macro = testApp.app.module(PracticeProfileMacro.class);
        page = testApp.confluence.addPage(5001, "VET", "Dual mentoring");
    }

    @AfterEach
    void stop() {
        testApp.confluence.logOut();
        testApp.close();
    }

    @Test
    void anEditorsFirstViewRegistersThePracticeWithTheBlueprintsAnswers() throws Exception {
        testApp.confluence.logIn("ana");

        String html = macro.execute(FROM_BLUEPRINT, "", context(page));

        assertThat(html).contains("Practice profile").contains(">Draft<")
                .contains("Berufskolleg am Rhein").contains("Germany (DE)")
                .contains("Work-based learning and apprenticeships")
                .contains("Apprentices, In-company trainers and mentors").contains("3, 4")
                .contains("Two mentors &lt;per&gt; apprentice")
                .contains("data-transition=\"SUBMIT\"").doesNotContain("data-transition=\"VALIDATE\"");
        assertThat(testApp.app.bean(PracticeService.class).find(5001)).isPresent();
    }

    @Test
    void aPdfExportShowsTheFactsButNotTheExportingUsersNextSteps() throws Exception {
        testApp.confluence.logIn("ana");
        macro.execute(FROM_BLUEPRINT, "", context(page));

        ConversionContext pdf = context(page);
        when(pdf.getOutputType()).thenReturn("pdf");
        String html = macro.execute(Map.of(), "", pdf);

        assertThat(html).contains("Berufskolleg am Rhein").doesNotContain("data-transition").doesNotContain("data-editable");
    }

    @Test
    void readersOfAnUnregisteredPageGetANoticeAndNothingIsRegistered() throws Exception {
        testApp.confluence.logIn("viewer");

        assertThat(macro.execute(FROM_BLUEPRINT, "", context(page))).contains("not in the practice registry yet");

        testApp.confluence.logIn("ana");
        assertThat(testApp.app.bean(PracticeService.class).find(5001)).isEmpty();
    }

    @Test
    void showsTheHistoryOfTheReview() throws Exception {
        testApp.confluence.logIn("ana");
        macro.execute(Map.of("institution", "Omnia", "country", "FI", "theme", "digital-skills", "targetGroups",
                "apprentices", "summary", "Logbooks", "language", "en"), "", context(page));
        testApp.app.bean(PracticeService.class).transition(5001, "submit", null);

        testApp.confluence.logIn("viewer");
        String html = macro.execute(Map.of(), "", context(page));

        assertThat(html).contains(">Submitted for review<").contains("Submit for review: Submitted for review, by Ana Editor")
                .doesNotContain("data-transition=");
    }

    @Test
    void outsidersAreTurnedAway() throws Exception {
        testApp.confluence.logIn("ana");
        macro.execute(FROM_BLUEPRINT, "", context(page));

        testApp.confluence.logIn("outsider");
        assertThat(macro.execute(Map.of(), "", context(page)))
                .contains("You do not have permission to view this content.").doesNotContain("Berufskolleg");
    }

    private static ConversionContext context(Page page) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn(page.getSpaceKey());
        when(context.getOutputType()).thenReturn("display");
        when(context.getEntity()).thenReturn(page);
        return context;
    }
}
