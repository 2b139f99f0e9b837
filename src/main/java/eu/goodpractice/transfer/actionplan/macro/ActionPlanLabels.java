package eu.goodpractice.transfer.actionplan.macro;

import eu.goodpractice.transfer.actionplan.AnchoringLevel;
import eu.goodpractice.transfer.actionplan.StepPriority;
import eu.goodpractice.transfer.actionplan.StepStatus;
import java.util.Locale;

/** The i18n keys of the action-plan enums, so every view names them the same way. */
public final class ActionPlanLabels {
    private ActionPlanLabels() {
    }

    public static String status(StepStatus status) {
        return "transfer.actionplan.status." + slug(status);
    }

    public static String priority(StepPriority priority) {
        return "transfer.actionplan.priority." + slug(priority);
    }

    static String anchoring(AnchoringLevel level) {
        return "transfer.actionplan.anchoring." + slug(level);
    }

    /** NOT_STARTED becomes not-started: the form used in i18n keys, CSS classes and the REST API's friends. */
    public static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
