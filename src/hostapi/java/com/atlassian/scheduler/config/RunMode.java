package com.atlassian.scheduler.config;

/** Source: host-api-facts §9.1 [V-8.7, atlassian-scheduler-api 4.1.0]; the same API (com.atlassian.scheduler) is what Atlassian documents for Data Center apps on Confluence 10 (developer.atlassian.com "Scheduling events via SAL/atlassian-scheduler"), confirmed with the search tool (plugins on Bitbucket/Confluence DC register a JobRunner from a LifecycleAware component). */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER, RUN_LOCALLY
}
