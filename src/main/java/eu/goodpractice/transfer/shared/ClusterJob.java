package eu.goodpractice.transfer.shared;

import java.time.Instant;

/**
 * Work the host runs on a schedule, once per cluster (on one node each time). One small class per job; a
 * {@code platform.ClusterJobRegistration} bean per job registers it with the host's scheduler when the app starts.
 * Jobs keep no state between runs outside Active Objects, as the next run may be on another node.
 */
public interface ClusterJob {
    /** Stable across versions: the host keeps the schedule under it. */
    String key();

    /** When to run, as a Quartz cron expression in the server's time zone, e.g. {@code "0 0 6 * * ?"}. */
    String cronExpression();

    JobReport run(Instant startedAt);

    /** What a run did, for the scheduler's history and the log. */
    record JobReport(boolean succeeded, String summary) {
        public static JobReport done(String summary) {
            return new JobReport(true, summary);
        }

        public static JobReport skipped(String summary) {
            return new JobReport(false, summary);
        }
    }
}
