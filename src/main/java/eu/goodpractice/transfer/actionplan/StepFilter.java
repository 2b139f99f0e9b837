package eu.goodpractice.transfer.actionplan;

/**
 * Which steps an export takes: one status (null: any) and, when {@code overdueOnly}, only open steps due before
 * today. Plans are chosen beforehand (spaces the reader may view, a country).
 */
public record StepFilter(StepStatus status, boolean overdueOnly) {
    public static final StepFilter ALL = new StepFilter(null, false);
}
