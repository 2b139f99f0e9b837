package eu.goodpractice.transfer.assessment.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import eu.goodpractice.transfer.assessment.ResultRefresh;
import eu.goodpractice.transfer.assessment.ShippedCriteria;
import eu.goodpractice.transfer.practice.Practice;
import eu.goodpractice.transfer.practice.ao.ActiveObjectsPracticeStore;
import eu.goodpractice.transfer.practice.ao.AoPractice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model version 1: ratings saved before the app kept stored results get theirs, scored as the service scores, so the
 * dashboards show every assessed practice. It works only through the Active Objects handed to it (the app's own is
 * not ready while upgrade tasks run) and fills only what is missing, so a second run changes nothing.
 */
public class ResultSummaryBackfill implements ActiveObjectsUpgradeTask {
    private static final Logger LOG = LoggerFactory.getLogger(ResultSummaryBackfill.class);

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // the tables this task reads and writes; the AO plugin migrates all declared entities after the tasks
        ao.migrate(AoPractice.class, AoRating.class, AoAssessmentVersion.class, AoCriteriaSetCopy.class,
                AoResultSummary.class);
        int filled = refresh(ao).fillMissing();
        LOG.info("Stored the assessment results of {} practice and country pairs rated before results were kept",
                filled);
    }

    /** The refresh on the given Active Objects: the registry's spaces and each space's newest criteria set. */
    static ResultRefresh refresh(ActiveObjects ao) {
        ActiveObjectsPracticeStore registry = new ActiveObjectsPracticeStore(ao);
        ActiveObjectsCriteriaSetStore sets = new ActiveObjectsCriteriaSetStore(ao);
        return new ResultRefresh(new ActiveObjectsAssessmentStore(ao),
                pageId -> registry.find(pageId).map(Practice::spaceKey),
                space -> sets.latest(space).orElseGet(ShippedCriteria::set));
    }
}
