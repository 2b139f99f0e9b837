package eu.goodpractice.transfer.engagement.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.PlanInput;
import eu.goodpractice.transfer.actionplan.StepInput;
import eu.goodpractice.transfer.engagement.EngagementInput;
import eu.goodpractice.transfer.engagement.Stakeholder;
import eu.goodpractice.transfer.engagement.StakeholderInput;
import eu.goodpractice.transfer.engagement.StakeholderService;
import eu.goodpractice.transfer.shared.PageRequest;
import eu.goodpractice.transfer.testhost.SqlCounter;
import eu.goodpractice.transfer.testhost.TestApp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stakeholder-map macro as readers see it: real templates, real i18n, real storage, stand-in Confluence; the log
 * names linked steps in a fixed number of statements.
 */
class StakeholderMapMacroTest {
    private static final String EDITABLE = "data-editable=\"true\"";

    private TestApp testApp;
    private StakeholderService service;
    private StakeholderMapMacro macro;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        service = testApp.app.bean(StakeholderService.class);
        macro = testApp.app.module(StakeholderMapMacro.class);
        testApp.confluence.logIn("ana");
        Stakeholder chamber = service.createStakeholder(stakeholder("Chamber <b>of</b> Crafts", "chamber", "regional",
                "Jana Weber"));
        Stakeholder ministry = service.createStakeholder(stakeholder("Ministry", "authority", "national", null));
        Stakeholder retired = service.createStakeholder(stakeholder("Old Guild", "guild", "local", null));
        service.updateStakeholder(retired.id(), new StakeholderInput(null, "Old Guild", "guild", "local", "DE", null,
                null, null, null, null, null, "true", "0", null));
        LocalDate today = service.today();
        engagement(today, "Mentor training", chamber, ministry);
        engagement(today.minusMonths(2), "Curriculum review", ministry);
        engagement(today.minusMonths(13), "Too old for the chart", ministry);
        testApp.confluence.logOut();
    }

    @AfterEach
    void stop() {
        testApp.close();
        testApp.confluence.logOut();
    }

    @Test
    void showsCountsRegisterChartAndLogToAViewerWithoutContactsOrEditing() throws Exception {
        testApp.confluence.logIn("viewer");

        String html = macro.execute(Map.of(), "", context("display"));

        assertThat(html).contains("Chamber &lt;b&gt;of&lt;/b&gt; Crafts").doesNotContain("<b>of</b>")
                .contains("Public authority").contains("Germany (DE)")
                .contains("Mentor training").contains("Curriculum review").doesNotContain("Too old for the chart")
                .contains("<svg").contains("role=\"img\"").contains(">retired<");
        assertThat(html).as("contact persons reach editors only").doesNotContain("Jana Weber");
        assertThat(html).doesNotContain(EDITABLE);
        // active stakeholders only: the chamber (regional) and the ministry (national), not the retired guild
        assertThat(html.replaceAll("\\s+", " ")).contains("<th class=\"confluenceTh\" scope=\"row\">Total</th> "
                + "<td class=\"confluenceTd\" style=\"text-align:right;\">0</td> "
                + "<td class=\"confluenceTd\" style=\"text-align:right;\">1</td> "
                + "<td class=\"confluenceTd\" style=\"text-align:right;\">1</td> "
                + "<td class=\"confluenceTd\" style=\"text-align:right;\">0</td> "
                + "<td class=\"confluenceTd\" style=\"text-align:right;\">2</td>");
    }

    @Test
    void editorsSeeContactsAndGetEditingButNotInPdf() throws Exception {
        testApp.confluence.logIn("ana");

        assertThat(macro.execute(Map.of(), "", context("display"))).contains(EDITABLE).contains("Jana Weber")
                .contains("consent by Jana Weber");
        assertThat(macro.execute(Map.of(), "", context("pdf"))).doesNotContain(EDITABLE).contains("Jana Weber");
    }

    @Test
    void speaksTheReadersLanguageAndRefusesOutsiders() throws Exception {
        testApp.confluence.logIn("viewer");
        testApp.confluence.setLocale(Locale.GERMAN);
        try {
            assertThat(macro.execute(Map.of(), "", context("display"))).contains("Stakeholder nach Art und Ebene")
                    .contains("Deutschland (DE)").contains("Beh\u00f6rde");
        } finally {
            testApp.confluence.setLocale(Locale.ENGLISH);
        }
        testApp.confluence.logOut();
        testApp.confluence.logIn("outsider");
        assertThat(macro.execute(Map.of("space", "VET"), "", context("display"))).doesNotContain("Ministry");
    }

    @Test
    void theLogNamesLinkedStepsByTitleAndStatusInWordsWithTheSameStatementsForAnyNumber() throws Exception {
        testApp.confluence.logIn("ana");
        ActionPlanService plans = testApp.app.bean(ActionPlanService.class);
        ActionPlan plan = plans.createPlan(new PlanInput("VET", "Berufskolleg", "DE", "ana", null, null));
        int step = plans.createStep(plan.id(), new StepInput("Train <i>mentors</i>", null, null, null, null, null,
                null, null, List.of(), null, null, null)).id();
        Stakeholder ministry = service.stakeholders("VET", new PageRequest(0, 50)).items().stream()
                .filter(s -> s.organisation().equals("Ministry")).findFirst().orElseThrow();
        linkedEngagement("Step talk 1", ministry, step);
        int before = statements(() -> render());
        linkedEngagement("Step talk 2", ministry, step);
        linkedEngagement("Step talk 3", ministry, step);

        assertThat(statements(() -> render())).isEqualTo(before);
        testApp.confluence.logOut();
        testApp.confluence.logIn("viewer");
        assertThat(render()).contains("Train &lt;i&gt;mentors&lt;/i&gt; <span class=\"gpt-lozenge "
                + "gpt-lozenge--not-started\">(Not started)</span>").doesNotContain("<i>mentors</i>");
    }

    private String render() {
        try {
            return macro.execute(Map.of(), "", context("display"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int statements(Runnable work) {
        try (SqlCounter sql = SqlCounter.on(testApp.entityManager)) {
            work.run();
            return sql.count();
        }
    }

    private void linkedEngagement(String topic, Stakeholder stakeholder, int step) {
        service.createEngagement(new EngagementInput("VET", service.today().toString(),
                List.of(String.valueOf(stakeholder.id())), "meeting", topic, null, null, List.of(),
                List.of(String.valueOf(step)), null, null));
    }

    private void engagement(LocalDate date, String topic, Stakeholder... stakeholders) {
        service.createEngagement(new EngagementInput("VET", date.toString(),
                java.util.Arrays.stream(stakeholders).map(s -> String.valueOf(s.id())).toList(), "meeting", topic,
                null, null, List.of(), List.of(), null, null));
    }

    private static StakeholderInput stakeholder(String organisation, String type, String level, String contact) {
        return new StakeholderInput("VET", organisation, type, level, "DE", contact, null, null, contact,
                contact == null ? null : "2026-01-10", contact == null ? null : "Workshop invitations", null, null,
                null);
    }

    private static ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("VET");
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }
}
