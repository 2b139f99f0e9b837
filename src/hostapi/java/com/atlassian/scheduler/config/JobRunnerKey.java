package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Source: host-api-facts §9.1 [V-8.7, atlassian-scheduler-api 4.1.0]; the same API (com.atlassian.scheduler) is what Atlassian documents for Data Center apps on Confluence 10 (developer.atlassian.com "Scheduling events via SAL/atlassian-scheduler"), confirmed with the search tool (plugins on Bitbucket/Confluence DC register a JobRunner from a LifecycleAware component). A final value class in the host; the body serves the stand-in host and tests. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private final String value;

    private JobRunnerKey(String value) {
        this.value = value;
    }

    public static JobRunnerKey of(String value) {
        return new JobRunnerKey(value);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
