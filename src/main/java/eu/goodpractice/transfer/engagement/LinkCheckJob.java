package eu.goodpractice.transfer.engagement;

import eu.goodpractice.transfer.shared.ClusterJob;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly link check of every dissemination activity's link, once per cluster. One dead or unreachable link is a
 * result like any other, and a space that cannot be checked is skipped after logging it, so the run always finishes;
 * the report says what it found, skipped spaces included.
 */
public class LinkCheckJob implements ClusterJob {
    private static final Logger LOG = LoggerFactory.getLogger(LinkCheckJob.class);

    private final LinkCheckService linkCheck;

    public LinkCheckJob(LinkCheckService linkCheck) {
        this.linkCheck = linkCheck;
    }

    @Override
    public String key() {
        return "eu.goodpractice.practice-transfer:link-check";
    }

    /** Every day at 03:30 server time: outside working hours, and done before the 06:00 reminders. */
    @Override
    public String cronExpression() {
        return "0 30 3 * * ?";
    }

    @Override
    public JobReport run(Instant startedAt) {
        LinkCheckSummary found = linkCheck.checkAll();
        String summary = "checked " + found.checked() + ", ok " + found.ok() + ", dead " + found.dead()
                + ", not checked " + found.notChecked() + ", spaces failed " + found.spacesFailed();
        LOG.info("Link check: {}", summary);
        return JobReport.done(summary);
    }
}
