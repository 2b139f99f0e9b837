package eu.goodpractice.transfer.engagement;

/**
 * What one run of the link check found: links checked, and how many answered, are dead, or were not checked; and
 * how many spaces could not be checked at all (their failure is logged, the run goes on with the next space).
 */
public record LinkCheckSummary(int checked, int ok, int dead, int notChecked, int spacesFailed) {
    public static final LinkCheckSummary NONE = new LinkCheckSummary(0, 0, 0, 0, 0);

    public LinkCheckSummary(int checked, int ok, int dead, int notChecked) {
        this(checked, ok, dead, notChecked, 0);
    }

    LinkCheckSummary plus(LinkCheck check) {
        return new LinkCheckSummary(checked + 1, ok + (check.status() == LinkStatus.OK ? 1 : 0),
                dead + (check.status() == LinkStatus.DEAD ? 1 : 0),
                notChecked + (check.status() == LinkStatus.UNCHECKED ? 1 : 0), spacesFailed);
    }

    LinkCheckSummary plus(LinkCheckSummary other) {
        return new LinkCheckSummary(checked + other.checked, ok + other.ok, dead + other.dead,
                notChecked + other.notChecked, spacesFailed + other.spacesFailed);
    }

    LinkCheckSummary withFailedSpace() {
        return new LinkCheckSummary(checked, ok, dead, notChecked, spacesFailed + 1);
    }
}
