package eu.goodpractice.transfer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import eu.goodpractice.transfer.shared.ClusterJob;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A scheduled job is registered on start, runs once per cluster on its cron schedule, and is removed on stop. */
class ClusterJobRegistrationTest {
    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ClusterJob job = mock(ClusterJob.class);
    private final ClusterJobRegistration registration = new ClusterJobRegistration(scheduler, job);

    ClusterJobRegistrationTest() {
        when(job.key()).thenReturn("app:reminders");
        when(job.cronExpression()).thenReturn("0 0 6 * * ?");
    }

    @Test
    void onStartRegistersTheRunnerAndSchedulesItOncePerClusterUnderAFixedId() throws Exception {
        registration.onStart();

        verify(scheduler).registerJobRunner(eq(JobRunnerKey.of("app:reminders")), any(JobRunner.class));
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JobId.of("app:reminders")), config.capture());
        assertThat(config.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of("app:reminders"));
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule().getCronScheduleInfo().getCronExpression()).isEqualTo("0 0 6 * * ?");
    }

    @Test
    void onStopUnregistersTheRunnerAndLeavesTheClusteredScheduleForTheNextStart() {
        registration.onStop();

        verify(scheduler).unregisterJobRunner(JobRunnerKey.of("app:reminders"));
        verify(scheduler, org.mockito.Mockito.never()).unscheduleJob(any());
    }

    @Test
    void theRunnerReportsTheJobsOutcomeAndTurnsAnExceptionIntoAFailure() {
        registration.onStart();
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(scheduler).registerJobRunner(any(), runner.capture());

        when(job.run(any())).thenReturn(ClusterJob.JobReport.done("sent 3, skipped 1, failed 0"));
        JobRunnerResponse done = runner.getValue().runJob(null);
        assertThat(done.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(done.getMessage()).isEqualTo("sent 3, skipped 1, failed 0");

        when(job.run(any())).thenReturn(ClusterJob.JobReport.skipped("no outgoing mail server"));
        assertThat(runner.getValue().runJob(null).getRunOutcome()).isEqualTo(RunOutcome.ABORTED);

        when(job.run(any())).thenThrow(new IllegalStateException("database down"));
        assertThat(runner.getValue().runJob(null).getRunOutcome()).isEqualTo(RunOutcome.FAILED);
    }
}
