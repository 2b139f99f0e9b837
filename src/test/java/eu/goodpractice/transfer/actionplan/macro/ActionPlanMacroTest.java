package eu.goodpractice.transfer.actionplan.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import eu.goodpractice.transfer.actionplan.ActionPlan;
import eu.goodpractice.transfer.actionplan.ActionPlanService;
import eu.goodpractice.transfer.actionplan.PlanInput;
import eu.goodpractice.transfer.actionplan.StepInput;
import eu.goodpractice.transfer.testhost.TestApp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The action-plan macros as a reader sees them: real templates, real i18n, real storage, stand-in Confluence. */
class ActionPlanMacroTest {
    private static final String EDITABLE = "data-editable=\"true\"";
    private static final String RESOURCE = "eu.goodpractice.practice-transfer:action-plan-resources";

    private TestApp testApp;
    private ActionPlanService service;
    private ActionPlanMacro macro;
    private ActionPlanOverviewMacro overview;

    @BeforeEach
    void start() {
        testApp = new TestApp();
        service = testApp.app.bean(ActionPlanService.class);
        macro = testApp.app.module(ActionPlanMacro.class);
        overview = testApp.app.module(ActionPlanOverviewMacro.class);
        testApp.confluence.addPage(7001, "VET", "Dual study mentoring");
        testApp.confluence.addPage(7002, "VET", "Secret draft", "coordinator");
    }

    @AfterEach
    void stop() {
        testApp.close();
        testApp.confluence.logOut();
    }

    @Test
    void showsStepsWithOwnersStatusOverdueMarkAndProgress() throws Exception {
        ActionPlan plan = planWithSteps();
        testApp.confluence.logIn("viewer");

        String html = macro.execute(Map.of("institution", "Berufskolleg Köln"), "", context("display"));

        assertThat(html).contains("Action plan of Berufskolleg Köln (DE)")
                .contains("Responsible: <span class=\"gpt-action-plan__responsible\">Ana Editor</span>")
                .contains("Agree placements with the chamber").contains("Jan Editor")
                .contains(">In progress<").contains(">Done<")
                .contains("1 of 2 steps done (50 %)")
                .contains("gpt-step--overdue").contains(">Overdue<")
                .contains("<a href=\"/confluence/pages/viewpage.action?pageId=7001\">Dual study mentoring</a>")
                .contains("Chamber of Crafts, Regional authority")
                .contains("data-plan-id=\"" + plan.id() + "\"");
        assertThat(html).as("a restricted page's title stays hidden").doesNotContain("Secret draft");
        assertThat(html).as("the viewer gets no editing").doesNotContain(EDITABLE);
        assertThat(testApp.confluence.requiredResources()).contains(RESOURCE);
    }

    @Test
    void speaksTheReadersLanguage() throws Exception {
        planWithSteps();
        testApp.confluence.logIn("viewer");
        testApp.confluence.setLocale(java.util.Locale.forLanguageTag("pl"));

        String html = macro.execute(Map.of("institution", "Berufskolleg Köln"), "", context("display"));

        assertThat(html).contains("Uko\u0144czone kroki: 1 z 2 (50 %)").doesNotContain("steps done");
        testApp.confluence.setLocale(java.util.Locale.ENGLISH);
    }

    @Test
    void offersEditingToEditorsInTheBrowserButNotInPdf() throws Exception {
        planWithSteps();
        testApp.confluence.logIn("jan");

        assertThat(macro.execute(Map.of("institution", "Berufskolleg Köln"), "", context("display")))
                .contains(EDITABLE).contains("data-rest-base=\"/confluence/rest/practice-transfer/1.0\"");

        String pdf = macro.execute(Map.of("institution", "Berufskolleg Köln"), "", context("pdf"));
        assertThat(pdf).doesNotContain(EDITABLE).contains("Agree placements with the chamber");
    }

    @Test
    void doesNotAskForScriptsWhenExportingToPdf() throws Exception {
        planWithSteps();
        testApp.confluence.logIn("jan");

        macro.execute(Map.of("institution", "Berufskolleg Köln"), "", context("pdf"));

        assertThat(testApp.confluence.requiredResources()).doesNotContain(RESOURCE);
    }

    @Test
    void anEmptyPlanSaysSo() throws Exception {
        testApp.confluence.logIn("ana");
        ActionPlan plan = service.createPlan(new PlanInput("VET", "Empty Institute", "FR", "ana", null, null));

        String html = macro.execute(Map.of("plan", String.valueOf(plan.id())), "", context("display"));

        assertThat(html).contains("This plan has no steps yet.").contains("0 of 0 steps done (0 %)");
    }

    @Test
    void anInstitutionWithoutAPlanGetsANoticeAndEditorsMayStartOne() throws Exception {
        testApp.confluence.logIn("viewer");
        assertThat(macro.execute(Map.of("institution", "Nowhere College"), "", context("display")))
                .contains("There is no action plan for Nowhere College in this space yet.").doesNotContain(EDITABLE);

        testApp.confluence.logIn("ana");
        assertThat(macro.execute(Map.of("institution", "Nowhere College"), "", context("display")))
                .contains("You can start it here.").contains(EDITABLE)
                .contains("data-institution=\"Nowhere College\"");
    }

    @Test
    void anUnknownPlanAndAMissingPermissionGetAClearMessage() throws Exception {
        ActionPlan plan = planWithSteps();

        testApp.confluence.logIn("outsider");
        assertThat(macro.execute(Map.of("plan", String.valueOf(plan.id())), "", context("display")))
                .contains("You do not have permission to view this content.")
                .doesNotContain("Berufskolleg");
        assertThat(macro.execute(Map.of("plan", "424242"), "", context("display")))
                .contains("This action plan does not exist");
    }

    @Test
    void wrongParametersExplainWhatToDo() {
        testApp.confluence.logIn("ana");

        assertThatThrownBy(() -> macro.execute(Map.of(), "", context("display")))
                .isInstanceOf(MacroExecutionException.class)
                .hasMessage("Name the institution whose action plan to show, or give a plan number.");
        assertThatThrownBy(() -> macro.execute(Map.of("plan", "seven"), "", context("display")))
                .isInstanceOf(MacroExecutionException.class).hasMessageContaining("\u201cseven\u201d is not a plan number");
    }

    @Test
    void theOverviewListsEveryInstitutionWithProgressAndOverdueSteps() throws Exception {
        planWithSteps();
        testApp.confluence.logIn("ana");
        service.createPlan(new PlanInput("VET", "Akademia Kraków", "PL", "jan", null, null));

        String html = overview.execute(Map.of(), "", context("display"));

        assertThat(html).contains("Akademia Kraków").contains("Berufskolleg Köln")
                .contains("1 of 2 steps done (50 %)").contains("0 of 0 steps done (0 %)")
                .contains("Jan Editor").contains("Overdue steps");
        assertThat(html.indexOf("Akademia Kraków")).isLessThan(html.indexOf("Berufskolleg Köln"));

        testApp.confluence.logIn("outsider");
        assertThat(overview.execute(Map.of("space", "VET"), "", context("display")))
                .contains("You do not have permission").doesNotContain("Akademia");
        assertThat(overview.execute(Map.of("space", "OTHER"), "", context("display")))
                .contains("No partner institution has an action plan in this space yet.");
    }

    @Test
    void theOverviewAcrossSpacesShowsEachViewablePlanItsOverdueStepsInWordsAndItsStepsOnBarriers() throws Exception {
        ActionPlan koln = planWithSteps();
        testApp.confluence.logIn("ana");
        service.createStep(koln.id(), new StepInput("Secure funding for mentors", null, null, null, "blocked", null,
                "7001", "funding-stability", List.of(), null, null, null));
        service.createPlan(new PlanInput("VET", "Zespół Szkół w Łodzi", "PL", "jan", null, null));
        testApp.confluence.logIn("outsider");
        service.createPlan(new PlanInput("OTHER", "Secret Institute", "FR", "outsider", null, null));
        testApp.confluence.logIn("viewer");

        String html = overview.execute(Map.of("spaces", "all"), "", context("display"));

        assertThat(html).contains("Berufskolleg Köln").contains("Zespół Szkół w Łodzi").doesNotContain("Secret")
                .contains(">VET<").contains(">1 overdue<")
                .contains("Secure funding for mentors \u2013 Blocked (criterion: funding-stability)")
                .contains("None overdue")
                .contains("href=\"/confluence/rest/practice-transfer/1.0/exports/steps.csv?spaces=all\"")
                .contains("/exports/steps.xlsx?spaces=all");
        assertThat(overview.execute(Map.of("spaces", "VET, OTHER", "country", "pl"), "", context("display")))
                .contains("Zespół Szkół w Łodzi").doesNotContain("Berufskolleg Köln").doesNotContain("Secret")
                .contains("steps.csv?spaces=VET%2COTHER&amp;country=PL");

        testApp.confluence.logIn("outsider");
        assertThat(overview.execute(Map.of("spaces", "VET,OTHER"), "", context("display")))
                .contains("Secret Institute").doesNotContain("Berufskolleg");
        assertThat(overview.execute(Map.of("spaces", "all"), "", context("display")))
                .contains("Secret Institute").doesNotContain("Berufskolleg");
        assertThatThrownBy(() -> overview.execute(Map.of("spaces", "VET;DROP"), "", context("display")))
                .isInstanceOf(MacroExecutionException.class).hasMessageContaining("\u201call\u201d");
    }

    /** Berufskolleg Köln: one done step, one overdue step in progress with a practice link, one dropped. */
    private ActionPlan planWithSteps() {
        testApp.confluence.logIn("ana");
        ActionPlan plan = service.createPlan(new PlanInput("VET", "Berufskolleg Köln", "de", "ana", null, null));
        service.createStep(plan.id(), new StepInput("Agree placements with the chamber", "Two meetings", "jan",
                "2020-05-01", "in_progress", "high", "7001", List.of("Chamber of Crafts", "Regional authority"),
                "pilot", null, null));
        testApp.confluence.logIn("coordinator"); // only the coordinator may see the restricted page
        service.createStep(plan.id(), new StepInput("Train the mentors", null, null, LocalDate.now().toString(),
                "DONE", null, "7002", List.of(), null, null, null));
        service.createStep(plan.id(), new StepInput("Old idea", null, null, "2019-01-01", "DROPPED", null, null,
                List.of(), null, null, null));
        testApp.confluence.logOut();
        return plan;
    }

    private static ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getSpaceKey()).thenReturn("VET");
        when(context.getOutputType()).thenReturn(outputType);
        return context;
    }
}
