package eu.goodpractice.transfer.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import eu.goodpractice.transfer.platform.ClusterJobRegistration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The nightly link check as Confluence's scheduler runs it: registered once per cluster on a daily schedule, every
 * space checked even when one link or one space fails, and the outcome reported to the scheduler's history.
 */
class LinkCheckJobTest {
    private static final Instant NOW = Instant.parse("2026-11-20T03:30:00Z");
    private static final String KEY = "eu.goodpractice.practice-transfer:link-check";

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final DisseminationStore store = mock(DisseminationStore.class);

    @Test
    void isScheduledDailyOncePerClusterUnderAFixedId() throws Exception {
        registration((link, now) -> LinkCheck.ok(200, now)).onStart();

        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).registerJobRunner(eq(JobRunnerKey.of(KEY)), any(JobRunner.class));
        verify(scheduler).scheduleJob(eq(JobId.of(KEY)), config.capture());
        assertThat(config.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(config.getValue().getSchedule().getCronScheduleInfo().getCronExpression())
                .isEqualTo("0 30 3 * * ?");
    }

    @Test
    void aFailingLinkOrSpaceNeverStopsTheRunAndTheOutcomeIsReported() {
        when(store.spacesWithLinks()).thenReturn(new LinkedHashSet<>(List.of("BROKEN", "VET", "OUT")));
        when(store.links("BROKEN")).thenThrow(new IllegalStateException("database connection lost"));
        LinkTarget alive = new LinkTarget(1, "https://example.org/alive");
        LinkTarget crashing = new LinkTarget(2, "https://example.org/crashes-the-probe");
        LinkTarget gone = new LinkTarget(3, "https://example.org/gone");
        when(store.links("VET")).thenReturn(List.of(alive, crashing, gone));
        LinkTarget other = new LinkTarget(4, "https://example.org/other");
        when(store.links("OUT")).thenReturn(List.of(other));
        LinkProbe probe = (link, now) -> {
            if (link.contains("crashes")) {
                throw new IllegalArgumentException("a probe that breaks its promise");
            }
            return link.contains("gone") ? LinkCheck.dead(404, null, now) : LinkCheck.ok(200, now);
        };

        JobRunnerResponse response = runOnce(probe);

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage())
                .isEqualTo("checked 4, ok 2, dead 1, not checked 1, spaces failed 1");
        verify(store).recordLinkChecks(Map.of(alive, LinkCheck.ok(200, NOW),
                crashing, LinkCheck.notChecked(LinkReason.UNREACHABLE, NOW), gone, LinkCheck.dead(404, null, NOW)));
        verify(store).recordLinkChecks(Map.of(other, LinkCheck.ok(200, NOW)));
    }

    @Test
    void withNoLinksAnywhereTheRunChecksNothingAndSaysSo() {
        when(store.spacesWithLinks()).thenReturn(Set.of());

        JobRunnerResponse response = runOnce((link, now) -> LinkCheck.ok(200, now));

        assertThat(response.getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(response.getMessage()).isEqualTo("checked 0, ok 0, dead 0, not checked 0, spaces failed 0");
        verify(store, never()).recordLinkChecks(any());
    }

    private JobRunnerResponse runOnce(LinkProbe probe) {
        registration(probe).onStart();
        ArgumentCaptor<JobRunner> runner = ArgumentCaptor.forClass(JobRunner.class);
        verify(scheduler).registerJobRunner(any(), runner.capture());
        return runner.getValue().runJob(null);
    }

    private ClusterJobRegistration registration(LinkProbe probe) {
        LinkCheckService service = new LinkCheckService(store, probe, Clock.fixed(NOW, ZoneOffset.UTC));
        return new ClusterJobRegistration(scheduler, new LinkCheckJob(service));
    }
}
