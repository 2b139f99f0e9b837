package eu.goodpractice.transfer.actionplan;

/** How far a plan has come: done steps out of all steps that were not dropped, and how many are overdue. */
public record PlanProgress(int done, int counted, int overdue) {
    public static final PlanProgress NONE = new PlanProgress(0, 0, 0);

    /** Whole percent done, rounded down so a plan never shows 100 % before its last step is done. */
    public int percent() {
        return counted == 0 ? 0 : done * 100 / counted;
    }
}
