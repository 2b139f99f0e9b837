package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.FieldErrors;
import java.util.List;

/** An engagement as it arrived, every value still text; links as the ids the client sent. */
public record EngagementInput(
        String spaceKey,
        String date,
        List<String> stakeholders,
        String format,
        String topic,
        String outcome,
        String followUp,
        List<String> practices,
        List<String> actionSteps,
        String version,
        FieldErrors parseErrors) {

    public EngagementInput {
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        practices = practices == null ? List.of() : List.copyOf(practices);
        actionSteps = actionSteps == null ? List.of() : List.copyOf(actionSteps);
        parseErrors = parseErrors == null ? new FieldErrors() : parseErrors;
    }
}
