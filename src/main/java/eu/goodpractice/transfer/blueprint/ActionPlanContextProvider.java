package eu.goodpractice.transfer.blueprint;

import com.atlassian.plugin.web.ContextProvider;
import eu.goodpractice.transfer.shared.FieldErrors;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Messages;
import java.util.Map;

/**
 * The "Institutional action plan" blueprint: a capacity-building strategy around the action-plan macro of one
 * institution. The plan itself is not created here: the macro starts it when an editor first views the page, with
 * the same rules as every other route (a half-made page must not leave a plan behind).
 */
public class ActionPlanContextProvider implements ContextProvider {
    /** Variable name, i18n key; the texts may name the institution as {0} and its country as {1}. */
    static final Map<String, String> TEXTS = PageVariables.keysByVariable(
            "intro", "transfer.blueprint.action-plan.intro",
            "headingStartingPoint", "transfer.blueprint.action-plan.heading.starting-point",
            "guidanceStartingPoint", "transfer.blueprint.action-plan.guidance.starting-point",
            "headingGoals", "transfer.blueprint.action-plan.heading.goals",
            "guidanceGoals", "transfer.blueprint.action-plan.guidance.goals",
            "headingPractices", "transfer.blueprint.action-plan.heading.practices",
            "guidancePractices", "transfer.blueprint.action-plan.guidance.practices",
            "headingSteps", "transfer.blueprint.action-plan.heading.steps",
            "stepsNote", "transfer.blueprint.action-plan.steps-note",
            "headingResources", "transfer.blueprint.action-plan.heading.resources",
            "guidanceResources", "transfer.blueprint.action-plan.guidance.resources",
            "headingRisks", "transfer.blueprint.action-plan.heading.risks",
            "guidanceRisks", "transfer.blueprint.action-plan.guidance.risks",
            "headingMonitoring", "transfer.blueprint.action-plan.heading.monitoring",
            "guidanceMonitoring", "transfer.blueprint.action-plan.guidance.monitoring");

    private final Messages messages;

    public ActionPlanContextProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters: institution and country come from the create dialog
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        WizardAnswers answers = new WizardAnswers(context);
        FieldErrors errors = new FieldErrors();
        // the same limits as the plan the macro will start for this institution (PlanRules)
        String institution = InputText.required(errors, "institution", answers.text("institution"),
                InputText.SHORT_TEXT);
        String country = InputText.country(errors, "country", answers.text("country"), true);
        if (errors.hasErrors()) {
            throw WizardInputException.of(errors, messages);
        }
        PageVariables page = new PageVariables(context, messages);
        String countryName = page.countryName(country);
        return page.title(page.text("transfer.blueprint.action-plan.page-title", institution, countryName))
                .value("institution", institution)
                .value("country", country)
                .texts(TEXTS, institution, countryName)
                .map();
    }
}
