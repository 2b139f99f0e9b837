package com.atlassian.activeobjects.external;

/**
 * Source: facts §2.1 [V-8.7]. Complete: the app implements it for schema changes; the AO plugin runs the tasks whose
 * model version is newer than the stored one, then migrates the declared entities.
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
