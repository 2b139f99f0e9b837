package eu.goodpractice.transfer.workbench.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A one-node stand-in for atlassian-scheduler: keeps the registered job runners and scheduled jobs, runs each daily
 * cron job ({@code "s m h * * ?"}) at its time of day, and runs any job on demand (the outbox page's button).
 * As a single node it runs RUN_ONCE_PER_CLUSTER jobs exactly once, like a cluster of one.
 */
public class StandInScheduler implements SchedulerService, AutoCloseable {
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final List<String> history = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stand-in-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        boolean isNew = jobs.put(jobId, jobConfig) == null;
        if (isNew && jobConfig.getSchedule() != null && jobConfig.getSchedule().getCronScheduleInfo() != null) {
            scheduleDaily(jobId, jobConfig.getSchedule().getCronScheduleInfo().getCronExpression());
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
    }

    public boolean isRegistered(JobRunnerKey key) {
        return runners.containsKey(key);
    }

    /** Runs every scheduled job now, as if its time had come; answers what each reported. */
    public List<String> runAllNow() {
        return jobs.keySet().stream().sorted().map(this::runNow).toList();
    }

    public String runNow(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return jobId + ": no runner registered";
        }
        Date start = new Date();
        JobRunnerResponse response = runner.runJob(new JobRunnerRequest() {
            @Override public Date getStartTime() { return start; }

            @Override public JobId getJobId() { return jobId; }

            @Override public JobConfig getJobConfig() { return config; }

            @Override public boolean isCancellationRequested() { return false; }
        });
        String outcome = jobId + ": " + (response == null ? "SUCCESS" : response.getRunOutcome()
                + (response.getMessage() == null ? "" : " (" + response.getMessage() + ")"));
        history.add(0, start.toInstant() + " " + outcome);
        return outcome;
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    private void scheduleDaily(JobId jobId, String cron) {
        String[] fields = cron.trim().split("\\s+");
        LocalTime at;
        try {
            at = LocalTime.of(Integer.parseInt(fields[2]), Integer.parseInt(fields[1]), Integer.parseInt(fields[0]));
        } catch (RuntimeException e) {
            return; // only daily "s m h * * ?" schedules are imitated; others run on demand only
        }
        LocalDateTime now = LocalDateTime.now(ZoneId.systemDefault());
        LocalDateTime next = now.toLocalDate().atTime(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        timer.scheduleAtFixedRate(() -> {
            if (jobs.containsKey(jobId)) {
                runNow(jobId);
            }
        }, Duration.between(now, next).toMillis(), TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
