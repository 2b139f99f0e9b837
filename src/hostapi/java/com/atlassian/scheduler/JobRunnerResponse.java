package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/**
 * Source: host-api-facts §9.1 [V-8.7, atlassian-scheduler-api 4.1.0]; the same API (com.atlassian.scheduler) is what Atlassian documents for Data Center apps on Confluence 10 (developer.atlassian.com "Scheduling events via SAL/atlassian-scheduler"), confirmed with the search tool (plugins on Bitbucket/Confluence DC register a JobRunner from a LifecycleAware component).
 * A final class in the host; the bodies here only serve the stand-in host and tests (never shipped).
 */
public final class JobRunnerResponse {
    private final RunOutcome outcome;
    private final String message;

    private JobRunnerResponse(RunOutcome outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, String.valueOf(cause));
    }

    public RunOutcome getRunOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
