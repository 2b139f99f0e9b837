package com.atlassian.scheduler.config;

/**
 * Source: host-api-facts §9.1 [V-8.7, atlassian-scheduler-api 4.1.0]; the same API (com.atlassian.scheduler) is what Atlassian documents for Data Center apps on Confluence 10 (developer.atlassian.com "Scheduling events via SAL/atlassian-scheduler"), confirmed with the search tool (plugins on Bitbucket/Confluence DC register a JobRunner from a LifecycleAware component). A final, immutable class in the host (each with... returns a copy); trimmed, the body serves the stand-in
 * host. The host's default run mode is RUN_ONCE_PER_CLUSTER; the app names it anyway.
 */
public final class JobConfig {
    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, null);
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(jobRunnerKey, runMode, schedule);
    }

    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    public RunMode getRunMode() {
        return runMode;
    }

    public Schedule getSchedule() {
        return schedule;
    }
}
