package eu.goodpractice.transfer.assessment.macro;

import eu.goodpractice.transfer.actionplan.ActionPlanService.LinkedStep;
import eu.goodpractice.transfer.actionplan.macro.ActionPlanLabels;
import eu.goodpractice.transfer.shared.Html;
import eu.goodpractice.transfer.shared.InputText;
import eu.goodpractice.transfer.shared.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A barrier as the assessment lists it: the question, the action-plan steps already taken on it (institution and
 * status in words, never colour alone) and the title a new step from it starts with.
 */
final class BarrierSteps {
    private BarrierSteps() {
    }

    static Map<String, Object> barrier(String criterionKey, String question, String countryName,
                                       List<LinkedStep> steps, Messages messages) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("criterionHtml", Html.escape(criterionKey));
        model.put("questionHtml", Html.escape(question));
        String title = messages.text("transfer.assessment.step.title", question, countryName);
        // the step title has the plan's length limit; a long custom question is cut rather than refused
        model.put("stepTitleHtml", Html.escape(title.length() > InputText.SHORT_TEXT
                ? title.substring(0, InputText.SHORT_TEXT - 1) + "\u2026" : title));
        model.put("steps", steps.stream().map(linked -> Map.of(
                "statusSlug", ActionPlanLabels.slug(linked.step().status()),
                "lineHtml", Html.escape(messages.text("transfer.assessment.step.line", linked.step().title(),
                        linked.plan().institution(), messages.text(ActionPlanLabels.status(linked.step().status())))))
        ).toList());
        return model;
    }
}
