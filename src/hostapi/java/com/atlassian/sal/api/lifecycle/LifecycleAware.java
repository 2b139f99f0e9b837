package com.atlassian.sal.api.lifecycle;

/**
 * Source: host-api-facts §3 [V-8.7 sal-api]; SAL's lifecycle manager finds implementations in the OSGi service
 * registry, so the app exports the bean as a service with this interface (confirmed for 10.2 by deftdevs/bootstrapi,
 * and by Bitbucket DC plugins found with the search tool that register job runners from onStart). Complete: the
 * app implements it.
 */
public interface LifecycleAware {
    void onStart();

    void onStop();
}
