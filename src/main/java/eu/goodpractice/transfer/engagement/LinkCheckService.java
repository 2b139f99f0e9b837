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

/**
 * Checks the stored links of a space, a few at a time, and records what it found. No permission checks: the
 * editor's button goes through {@link DisseminationService#checkLinks}, a scheduled job calls {@link #checkAll()}
 * directly. Nothing is kept in memory between runs; results live in the store, so every cluster node sees them.
 */
public class LinkCheckService {
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
            targets.forEach(target -> checks.add(() -> probe.check(target.link(), now)));
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

    /** Every space with links, one after the other: what a nightly job calls. */
    public LinkCheckSummary checkAll() {
        LinkCheckSummary summary = LinkCheckSummary.NONE;
        for (String spaceKey : store.spacesWithLinks()) {
            summary = summary.plus(checkSpace(spaceKey));
        }
        return summary;
    }
}
