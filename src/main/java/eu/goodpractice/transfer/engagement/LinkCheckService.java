package eu.goodpractice.transfer.engagement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the stored links of a space, a few at a time, and records what it found. No permission checks: the
 * editor's button goes through {@link DisseminationService#checkLinks}, a scheduled job calls {@link #checkAll()}
 * directly. Nothing is kept in memory between runs; results live in the store, so every cluster node sees them.
 */
public class LinkCheckService {
    private static final Logger LOG = LoggerFactory.getLogger(LinkCheckService.class);
    /** Links checked at the same time: enough to finish a space quickly, few enough to be polite to servers. */
    static final int PARALLEL = 4;

    private final DisseminationStore store;
    private final LinkProbe probe;
    private final Clock clock;

    public LinkCheckService(DisseminationStore store, LinkProbe probe, Clock clock) {
        this.store = store;
        this.probe = probe;
        this.clock = clock;
    }

    public LinkCheckSummary checkSpace(String spaceKey) {
        List<LinkTarget> targets = store.links(spaceKey);
        if (targets.isEmpty()) {
            return LinkCheckSummary.NONE;
        }
        Instant now = Instant.now(clock);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, targets.size()), runnable -> {
            Thread thread = new Thread(runnable, "gpt-link-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Callable<LinkCheck>> checks = new ArrayList<>();
            targets.forEach(target -> checks.add(() -> safely(target.link(), now)));
            List<Future<LinkCheck>> futures = pool.invokeAll(checks);
            Map<LinkTarget, LinkCheck> results = new LinkedHashMap<>();
            LinkCheckSummary summary = LinkCheckSummary.NONE;
            for (int i = 0; i < targets.size(); i++) {
                LinkCheck check = futures.get(i).get();
                results.put(targets.get(i), check);
                summary = summary.plus(check);
            }
            store.recordLinkChecks(results);
            return summary;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LinkCheckSummary.NONE;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The link check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every space with links, one after the other: what the nightly {@link LinkCheckJob} calls. A space that cannot
     * be checked (say, the database refused its results) is logged and counted, and the run goes on with the next.
     */
    public LinkCheckSummary checkAll() {
        LinkCheckSummary summary = LinkCheckSummary.NONE;
        for (String spaceKey : store.spacesWithLinks()) {
            try {
                summary = summary.plus(checkSpace(spaceKey));
            } catch (RuntimeException e) {
                LOG.warn("The links of space {} were not checked: {}", spaceKey, e.getMessage(), e);
                summary = summary.withFailedSpace();
            }
        }
        return summary;
    }

    /** A probe promises never to throw; should one break that promise, only its own link stays unchecked. */
    private LinkCheck safely(String link, Instant now) {
        try {
            return probe.check(link, now);
        } catch (RuntimeException e) {
            LOG.warn("Checking the link {} failed: {}", link, e.getMessage(), e);
            return LinkCheck.notChecked(LinkReason.UNREACHABLE, now);
        }
    }
}
