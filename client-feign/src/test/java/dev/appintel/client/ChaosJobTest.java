package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.api.GetCreativesRequest;
import dev.appintel.client.model.AdNetwork;
import dev.appintel.client.model.AdType;
import dev.appintel.client.model.AdUnit;
import dev.appintel.client.model.AppsResponse;
import dev.appintel.client.model.CreativesLimit;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.SalesDateGranularity;
import dev.appintel.client.model.SalesEstimate;
import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.faults.FaultSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The nightly job of the issue, scaled down, against the real mock server with the faults it was
 * reported under (20 % 500s, 10 % 429s with {@code Retry-After}, 5 % dropped connections) and the
 * default retry policy: it must finish with exactly the results of a run without faults, every
 * time. Waits go through a fake clock, so the test takes seconds, not the minutes of back-off.
 */
class ChaosJobTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final FaultSettings CHAOS = new FaultSettings(0, 0, 0.2, 0.1, 0.05, 0, 1);

    /** What the job produces. */
    record JobResult(List<SalesEstimate> sales, AppsResponse apps, List<AdUnit> creatives) {
    }

    private static MockServer clean;
    private static MockServer faulty;
    private static JobResult expected;

    @BeforeAll
    static void runTheJobWithoutFaults() {
        MockServerConfig config = MockServerConfig.defaults().withPort(0).withToday(TODAY);
        clean = MockServer.start(config);
        faulty = MockServer.start(config.withFaults(CHAOS));
        try (AppIntelligence client = client(clean, new Counted())) {
            expected = job(client);
        }
        assertThat(expected.sales()).hasSize(40 * 90);
        assertThat(expected.apps().apps()).hasSize(250);
        assertThat(expected.creatives()).hasSizeGreaterThan(10);
    }

    @AfterAll
    static void stop() {
        clean.close();
        faulty.close();
    }

    @RepeatedTest(5)
    void theJobFinishesWithTheResultsOfACleanRunDespiteFaults() {
        Counted metrics = new Counted();
        JobResult result;
        try (AppIntelligence client = client(faulty, metrics)) {
            result = job(client);
        }

        assertThat(result).isEqualTo(expected);
        // the faults did happen, and were retried
        assertThat(metrics.failedRequests.get()).isPositive();
        assertThat(metrics.retries.get()).isEqualTo(metrics.failedRequests.get());
    }

    /**
     * Sales estimates of 40 apps over a quarter, daily (13 one-week segments); metadata of 250 apps
     * (3 batches of 100); every creative of a listing, 10 a page.
     */
    private static JobResult job(AppIntelligence client) {
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> Integer.toString(284_882_215 + i)).toList();
        List<SalesEstimate> sales = client.downloadsRevenue().getSalesReportEstimates(OsIosAndroidUnified.IOS,
                ids.subList(0, 40), null, List.of("US"), SalesDateGranularity.DAILY, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31), null);
        AppsResponse apps = client.appOverview().getApps(OsIosAndroid.IOS, ids, "US", null);
        GetCreativesRequest creatives = GetCreativesRequest.builder().os(OsIosAndroidUnified.IOS).appIds(ids.get(0))
                .startDate(LocalDate.of(2025, 1, 1)).countries("US").networks(AdNetwork.ADMOB).adTypes(AdType.VIDEO)
                .limit(CreativesLimit.V_10).build();
        List<AdUnit> units = client.pages(apis -> apis.creativeGallery().getCreatives(creatives)).items(AdUnit.class).toList();
        return new JobResult(sales, apps, units);
    }

    private static AppIntelligence client(MockServer server, ClientMetrics metrics) {
        FakeTime time = new FakeTime();
        return AppIntelligence.builder().token("chaos").baseUrl(server.baseUrl().toString()).clock(time).sleeper(time)
                .timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30)).metrics(metrics).build();
    }

    /** Counts failed requests and retries. */
    private static final class Counted implements ClientMetrics {

        final AtomicInteger failedRequests = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();

        @Override
        public void request(String operation, String outcome, Duration duration) {
            if (!outcome.equals("200")) {
                failedRequests.incrementAndGet();
            }
        }

        @Override
        public void retry(String operation, String reason) {
            retries.incrementAndGet();
        }
    }
}
