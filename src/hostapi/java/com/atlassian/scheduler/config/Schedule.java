package com.atlassian.scheduler.config;

import java.util.TimeZone;

/** Source: host-api-facts §9.1 [V-8.7, atlassian-scheduler-api 4.1.0]; the same API (com.atlassian.scheduler) is what Atlassian documents for Data Center apps on Confluence 10 (developer.atlassian.com "Scheduling events via SAL/atlassian-scheduler"), confirmed with the search tool (plugins on Bitbucket/Confluence DC register a JobRunner from a LifecycleAware component). A final class in the host; trimmed to cron schedules, the body serves the stand-in host. */
public final class Schedule {
    private final CronScheduleInfo cron;

    private Schedule(CronScheduleInfo cron) {
        this.cron = cron;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return new Schedule(new CronScheduleInfo(cronExpression, null));
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(new CronScheduleInfo(cronExpression, timeZone));
    }

    public CronScheduleInfo getCronScheduleInfo() {
        return cron;
    }
}
