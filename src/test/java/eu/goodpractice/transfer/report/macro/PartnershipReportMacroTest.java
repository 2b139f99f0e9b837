package eu.goodpractice.transfer.report.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.engagement.DisseminationInput;
import eu.goodpractice.transfer.engagement.DisseminationService;
import eu.goodpractice.transfer.engagement.EngagementInput;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderInput;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.testhost.TestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partnership report as readers and exports see it: real template (Confluence's Velocity rules enforced), real
 * i18n and storage; a table per partner and one for all, numbers in text, export links with the same parameters.
 */
class PartnershipReportMacroTest {
    private TestApp testApp;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        testApp.confluence.logIn("ana");
        StakeholderService stakeholders = testApp.app.bean(StakeholderService.class);
        Stakeholder school = stakeholders.createStakeholder(new StakeholderInput("VET", "Scuola <Verdi>",
                "vocational_school", "local", "IT", null, null, null, null, null, null, null, null, null));
        stakeholders.createEngagement(new EngagementInput("VET", "2026-03-02", List.of(String.valueOf(school.id())),
                "workshop", "Tutors", null, null, List.of(), List.of(), null, null));
        DisseminationService dissemination = testApp.app.bean(DisseminationService.class);
        dissemination.create(new DisseminationInput("VET", "fair", null, "2026-04-01", "Didacta", "it", "IT",
                "Teachers", "350", null, List.of(), null, null));
        dissemination.create(new DisseminationInput("VET", "media", null, "2026-05-01", "Radio", "de", null,
                "Public", "40", null, List.of(), null, null));
        testApp.confluence.logIn("viewer");
    }

    @AfterEach
    void stop() {
        testApp.confluence.logOut();
        testApp.close();
    }

    @Test
    void showsEachPartnerAndAllPartnersWithNumbersInTextAndExportLinks() throws Exception {
        String html = testApp.app.module(PartnershipReportMacro.class).execute(
                Map.of("from", "2026-01-01", "to", "2026-12-31"), "", context("pdf"));

        assertThat(html).contains("Partnership report").contains("Period: 2026-01-01 to 2026-12-31")
                .contains("data-partner=\"IT\"").contains("<h3>Italy</h3>")
                .contains("<h3>No country given</h3>").contains("<h3>All partners</h3>")
                .contains("Vocational school").contains("Local").contains("Fair").contains("350")
                .contains("Media").contains("390")
                .contains("/reports/partnership.csv?spaces=VET&amp;from=2026-01-01&amp;to=2026-12-31")
                .contains("/reports/partnership.xlsx?").contains("/reports/partnership.json?")
                .doesNotContain("Scuola").doesNotContain("<script");
    }

    @Test
    void aPartnerAloneNeedsNoTotalsAndAnEmptyPeriodSaysSo() throws Exception {
        String italy = testApp.app.module(PartnershipReportMacro.class).execute(
                Map.of("partner", "it", "from", "2026-01-01", "to", "2026-12-31"), "", context("display"));
        assertThat(italy).contains("<h3>Italy</h3>").doesNotContain("All partners")
                .contains("partner=IT");

        String empty = testApp.app.module(PartnershipReportMacro.class).execute(
                Map.of("from", "2020-01-01", "to", "2020-12-31"), "", context("display"));
        assertThat(empty).contains("Nothing was recorded in this period");
    }

    @Test
    void badParametersNameEachProblem() {
        assertThatThrownBy(() -> testApp.app.module(PartnershipReportMacro.class)
                .execute(Map.of("partner", "Atlantis", "from", "2026-12-31", "to", "2026-01-01"), "",
                        context("display")))
                .isInstanceOf(MacroExecutionException.class).hasMessageContaining("partner")
                .hasMessageContaining("Atlantis").hasMessageContaining("to");
    }

    private ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("VET");
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }
}
