package eu.goodpractice.transfer.platform;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import eu.goodpractice.transfer.shared.ClusterJob;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts one {@link ClusterJob} on Confluence's scheduler, the pattern Atlassian prescribes for apps: the job runner is
 * registered on every node when the app starts (SAL calls {@code onStart} once Confluence is up and the app enabled,
 * found through the bean's OSGi service), the schedule is (re)stored under a fixed job id with
 * {@code RUN_ONCE_PER_CLUSTER} so only one node runs each occurrence, and the runner is unregistered when the app
 * stops (the Spring context's destroy-method), leaving the clustered schedule for the next start. Declare one bean of
 * this class per job in the Spring XML, with the job as its constructor argument, and export it as
 * {@code LifecycleAware}.
 */
public class ClusterJobRegistration implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobRegistration.class);

    private final SchedulerService scheduler;
    private final ClusterJob job;

    public ClusterJobRegistration(SchedulerService scheduler, ClusterJob job) {
        this.scheduler = scheduler;
        this.job = job;
    }

    @Override
    public void onStart() {
        JobRunnerKey runnerKey = runnerKey();
        scheduler.registerJobRunner(runnerKey, this::run);
        try {
            scheduler.scheduleJob(JobId.of(job.key()), JobConfig.forJobRunnerKey(runnerKey)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(job.cronExpression())));
        } catch (SchedulerServiceException e) {
            LOG.error("Could not schedule the job {}; it will not run until the app restarts", job.key(), e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(runnerKey());
    }

    /** What the host calls for each occurrence; a failure is reported to the scheduler, never thrown at it. */
    JobRunnerResponse run(JobRunnerRequest request) {
        Instant started = request != null && request.getStartTime() != null
                ? request.getStartTime().toInstant() : Instant.now();
        try {
            ClusterJob.JobReport report = job.run(started);
            return report.succeeded() ? JobRunnerResponse.success(report.summary())
                    : JobRunnerResponse.aborted(report.summary());
        } catch (RuntimeException e) {
            LOG.error("The job {} failed", job.key(), e);
            return JobRunnerResponse.failed(e);
        }
    }

    private JobRunnerKey runnerKey() {
        return JobRunnerKey.of(job.key());
    }
}
