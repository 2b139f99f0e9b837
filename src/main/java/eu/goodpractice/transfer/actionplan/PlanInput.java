package eu.goodpractice.transfer.actionplan;

import eu.goodpractice.transfer.shared.FieldErrors;

/** An action plan as it arrived, every value still text, so that all checks live in {@link PlanRules}. */
public record PlanInput(
        String spaceKey,
        String institution,
        String country,
        String responsible,
        String version,
        FieldErrors parseErrors) {

    public PlanInput {
        parseErrors = parseErrors == null ? new FieldErrors() : parseErrors;
    }
}
