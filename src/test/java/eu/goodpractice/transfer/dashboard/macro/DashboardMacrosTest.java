package eu.goodpractice.transfer.dashboard.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.assessment.Band;
import eu.goodpractice.transfer.assessment.ResultSummary;
import eu.goodpractice.transfer.assessment.AssessmentStore;
import eu.goodpractice.transfer.practice.PracticeInput;
import eu.goodpractice.transfer.practice.PracticeLabelStore;
import eu.goodpractice.transfer.practice.PracticeService;
import eu.goodpractice.transfer.testhost.TestApp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and matrix as readers and exports see them: real templates (Confluence's Velocity rules enforced),
 * real i18n and storage on the stand-in Confluence; user text escaped, band never by colour alone.
 */
class DashboardMacrosTest {
    private TestApp testApp;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        register(6001, "Mentoring <for> apprentices", "Kammer & Co", "DE");
        register(6002, "Ateliers", "Lycee Sud", "FR");
        AssessmentStore results = testApp.app.bean(AssessmentStore.class);
        results.saveSummary(new ResultSummary(6001, "VET", "PL", 4.2, Optional.of(Band.READY), 1, 2, Instant.now()));
        results.saveSummary(new ResultSummary(6002, "VET", "PL", 2.1, Optional.empty(), 0.3, 1, Instant.now()));
        testApp.confluence.logIn("viewer");
    }

    @AfterEach
    void stop() {
        testApp.confluence.logOut();
        testApp.close();
    }

    @Test
    void aPdfExportHasTheFirstPageCountsAndBadgesWithoutScriptHooks() throws Exception {
        String html = testApp.app.module(PracticeDashboardMacro.class).execute(Map.of(), "", context("pdf"));

        assertThat(html).contains("Practices: 2").contains("Mentoring &lt;for&gt; apprentices")
                .contains("Kammer &amp; Co").contains("Germany")
                .contains("PL 4.2 Ready to transfer").contains("PL 2.1 Incomplete")
                .contains("title=\"Poland: Ready to transfer, score 4.2\"")
                .contains("#gpt-assessment-PL").contains("Practices 1 to 2 of 2")
                .doesNotContain("data-rest-base").doesNotContain("gpt-dashboard__filters");
    }

    @Test
    void inTheBrowserTheMacroCarriesWhatTheScriptNeeds() throws Exception {
        String html = testApp.app.module(PracticeDashboardMacro.class)
                .execute(Map.of("columns", "status, readiness", "pageSize", "1"), "", context("display"));

        assertThat(html).contains("data-rest-base=").contains("data-filter=").contains("gpt-dashboard__filters")
                .contains("aria-sort=\"ascending\"").contains("Practices 1 to 1 of 2")
                .doesNotContain("Kammer &amp; Co");
    }

    @Test
    void theLabelParameterShowsOnlyPracticesWithAnyOfTheLabelsAndFillsTheFilterField() throws Exception {
        testApp.app.bean(PracticeLabelStore.class).replace(6002, List.of("digital"));

        String html = testApp.app.module(PracticeDashboardMacro.class)
                .execute(Map.of("label", "Digital, green-skills"), "", context("display"));

        assertThat(html).contains("Ateliers").doesNotContain("Mentoring &lt;for&gt;").contains("Practices: 1")
                .contains("name=\"label\" value=\"digital, green-skills\"");
        assertThatThrownBy(() -> testApp.app.module(TransferMatrixMacro.class)
                .execute(Map.of("label", "no spaces"), "", context("display")))
                .isInstanceOf(MacroExecutionException.class).hasMessageContaining("label")
                .hasMessageContaining("no spaces");
    }

    @Test
    void badParametersNameEachProblem() {
        assertThatThrownBy(() -> testApp.app.module(PracticeDashboardMacro.class)
                .execute(Map.of("columns", "colour", "pageSize", "0"), "", context("display")))
                .isInstanceOf(MacroExecutionException.class).hasMessageContaining("colour").hasMessageContaining("pageSize");
        assertThatThrownBy(() -> testApp.app.module(TransferMatrixMacro.class)
                .execute(Map.of("status", "lost"), "", context("display")))
                .isInstanceOf(MacroExecutionException.class).hasMessageContaining("status").hasMessageContaining("lost");
    }

    @Test
    void theMatrixShowsBandWordAndScoreWithTotalsBothWays() throws Exception {
        String html = testApp.app.module(TransferMatrixMacro.class).execute(Map.of(), "", context("pdf"));

        assertThat(html).contains("<abbr title=\"Poland\">PL</abbr>").contains("4.2 Ready to transfer")
                .contains("2.1 Incomplete").contains("gpt-matrix__mean\">4.2<")
                .contains("Ready to transfer</span> 1").contains("Incomplete</span> 1");
    }

    private ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("VET");
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }

    private void register(long pageId, String title, String institution, String country) {
        testApp.confluence.addPage(pageId, "VET", title);
        testApp.confluence.logIn("ana");
        try {
            testApp.app.bean(PracticeService.class).register(pageId, "VET", title, new PracticeInput(null, null,
                    institution, country, null, "inclusion", List.of(), List.of(), null, null, null, null, null,
                    null, null, null, null));
        } finally {
            testApp.confluence.logOut();
        }
    }
}
