package eu.goodpractice.transfer.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The link check against a real local HTTP server: what an editor sees for a working page, a missing one, a server
 * that never answers, a redirect loop and a server that refuses HEAD, and that the default policy refuses to fetch
 * a private address at all.
 */
class HttpLinkProbeTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final AddressPolicy ANY_ADDRESS = address -> true;
    private static final CountDownLatch NEVER = new CountDownLatch(1);
    private static HttpServer server;
    private static volatile int requests;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            requests++;
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                NEVER.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/no-head", exchange -> {
            exchange.sendResponseHeaders("HEAD".equals(exchange.getRequestMethod()) ? 405 : 200, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterAll
    static void stop() {
        NEVER.countDown();
        server.stop(0);
    }

    @Test
    void aWorkingPageIsOk() {
        assertThat(probe().check(url("/ok"), NOW)).isEqualTo(LinkCheck.ok(200, NOW));
    }

    @Test
    void aMissingPageIsDeadWithItsCode() {
        assertThat(probe().check(url("/missing"), NOW)).isEqualTo(LinkCheck.dead(404, null, NOW));
    }

    @Test
    void aServerThatNeverAnswersIsDeadByTimeout() {
        LinkCheck check = new HttpLinkProbe(ANY_ADDRESS, Duration.ofMillis(300), 5).check(url("/slow"), NOW);

        assertThat(check.status()).isEqualTo(LinkStatus.DEAD);
        assertThat(check.reason()).isEqualTo(LinkReason.TIMEOUT);
    }

    @Test
    void redirectsAreFollowedButALoopEnds() {
        assertThat(probe().check(url("/moved"), NOW)).isEqualTo(LinkCheck.ok(200, NOW));
        assertThat(probe().check(url("/loop"), NOW))
                .isEqualTo(LinkCheck.dead(null, LinkReason.TOO_MANY_REDIRECTS, NOW));
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() {
        assertThat(probe().check(url("/no-head"), NOW)).isEqualTo(LinkCheck.ok(200, NOW));
    }

    @Test
    void theDefaultPolicyRefusesPrivateAddressesWithoutFetching() {
        int before = requests;

        LinkCheck check = new HttpLinkProbe(new PublicAddressesOnly()).check(url("/ok"), NOW);

        assertThat(check).isEqualTo(LinkCheck.notChecked(LinkReason.PRIVATE_ADDRESS, NOW));
        assertThat(requests).as("no request reached the server").isEqualTo(before);
    }

    @Test
    void theDefaultPolicyKnowsWhichAddressesArePrivate() throws IOException {
        PublicAddressesOnly policy = new PublicAddressesOnly();
        for (String address : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "224.0.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1"}) {
            assertThat(policy.mayFetch(InetAddress.getByName(address))).as(address).isFalse();
        }
        assertThat(policy.mayFetch(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(policy.mayFetch(InetAddress.getByName("2a00:1450:4001::1"))).isTrue();
    }

    private static HttpLinkProbe probe() {
        return new HttpLinkProbe(ANY_ADDRESS, Duration.ofSeconds(3), 5);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
