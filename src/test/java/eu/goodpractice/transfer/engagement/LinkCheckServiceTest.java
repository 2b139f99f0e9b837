package eu.goodpractice.transfer.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The link check over a space: every link checked, a few at a time, and each result recorded for its link. */
class LinkCheckServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    private final DisseminationStore store = mock(DisseminationStore.class);

    @Test
    void checksEveryLinkOfASpaceAtMostFourAtATimeAndRecordsEachResult() {
        List<LinkTarget> targets = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            targets.add(new LinkTarget(i, "https://example.org/" + (i % 3 == 0 ? "gone" : "page") + i));
        }
        when(store.links("VET")).thenReturn(targets);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        LinkProbe probe = (link, now) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return link.contains("gone") ? LinkCheck.dead(404, null, now) : LinkCheck.ok(200, now);
        };

        LinkCheckSummary summary = service(probe).checkSpace("VET");

        assertThat(summary).isEqualTo(new LinkCheckSummary(10, 7, 3, 0));
        assertThat(most.get()).isBetween(1, LinkCheckService.PARALLEL);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<LinkTarget, LinkCheck>> recorded = ArgumentCaptor.forClass(Map.class);
        verify(store).recordLinkChecks(recorded.capture());
        assertThat(recorded.getValue()).hasSize(10);
        assertThat(recorded.getValue().get(targets.get(2))).isEqualTo(LinkCheck.dead(404, null, NOW));
        assertThat(recorded.getValue().get(targets.get(0))).isEqualTo(LinkCheck.ok(200, NOW));
    }

    @Test
    void checkAllGoesThroughEverySpaceWithLinks() {
        when(store.spacesWithLinks()).thenReturn(Set.of("VET", "OTHER"));
        when(store.links("VET")).thenReturn(List.of(new LinkTarget(1, "https://example.org/a")));
        when(store.links("OTHER")).thenReturn(List.of(new LinkTarget(2, "http://10.0.0.1/intranet")));
        LinkProbe probe = (link, now) -> link.contains("10.0.0.1")
                ? LinkCheck.notChecked(LinkReason.PRIVATE_ADDRESS, now) : LinkCheck.ok(200, now);

        assertThat(service(probe).checkAll()).isEqualTo(new LinkCheckSummary(2, 1, 0, 1));
    }

    @Test
    void aSpaceWithoutLinksRecordsNothing() {
        when(store.links("EMPTY")).thenReturn(List.of());

        assertThat(service((link, now) -> LinkCheck.ok(200, now)).checkSpace("EMPTY")).isEqualTo(LinkCheckSummary.NONE);
        verify(store, never()).recordLinkChecks(anyMap());
    }

    private LinkCheckService service(LinkProbe probe) {
        return new LinkCheckService(store, probe, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
