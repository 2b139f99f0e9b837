package eu.goodpractice.transfer.engagement;

/** What one run of the link check found: links checked, and how many answered, are dead, or were not checked. */
public record LinkCheckSummary(int checked, int ok, int dead, int notChecked) {
    public static final LinkCheckSummary NONE = new LinkCheckSummary(0, 0, 0, 0);

    LinkCheckSummary plus(LinkCheck check) {
        return new LinkCheckSummary(checked + 1, ok + (check.status() == LinkStatus.OK ? 1 : 0),
                dead + (check.status() == LinkStatus.DEAD ? 1 : 0),
                notChecked + (check.status() == LinkStatus.UNCHECKED ? 1 : 0));
    }

    LinkCheckSummary plus(LinkCheckSummary other) {
        return new LinkCheckSummary(checked + other.checked, ok + other.ok, dead + other.dead,
                notChecked + other.notChecked);
    }
}
