package dev.appintel.mock.http;

import com.sun.management.ThreadMXBean;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.api.ApiRoutes;
import dev.appintel.mock.api.ApiShapes;
import dev.appintel.mock.data.ResponseSynthesizer;
import dev.appintel.mock.data.Universe;
import dev.appintel.mock.faults.Scenarios;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.zip.CRC32;

/**
 * What one made-up body costs, without HTTP: the mock server's request path (routing, checks,
 * body, JSON) for distinct sales-estimate requests like those of {@code bench/varied-sales.lua}
 * (argument {@code sales}, the default), or for the metadata of two iOS apps with other ids each
 * time, like the repeated workload's request made anew (argument {@code apps}), in one thread. Prints, per round of 20,000 new requests, the thread's CPU time and bytes
 * allocated per request, then the best round and a CRC of every body, so that two builds that
 * should answer the same can be compared byte for byte. In the server's package, since the
 * request path is not public API.
 */
public final class BodyCost {

    private static final String[] OSES = {"ios", "android", "unified"};
    private static final String[] GRANULARITIES = {"daily", "weekly", "monthly", "quarterly"};
    private static final int[] SPAN_DAYS = {1, 7, 31, 92};
    private static final String[] COUNTRIES = {"US", "GB", "DE", "FR", "JP", "KR", "CN", "BR", "IN", "CA", "AU",
        "IT", "ES", "MX", "NL", "SE", "TR", "RU", "ID", "SA", "AE", "PL", "WW"};
    private static final int ROUNDS = 12;
    private static final int PER_ROUND = 20_000;

    private BodyCost() {
    }

    public static void main(String[] args) {
        boolean apps = args.length > 0 && args[0].equals("apps");
        MockServerConfig config = MockServerConfig.defaults();
        ApiService service = new ApiService(ApiRoutes.all(), ApiRoutes.API_KEY_NAME, ApiRoutes::apiKey,
                config, new ResponseSynthesizer(ApiShapes::named, new Universe(config.seed(), config.today()),
                        config.bounds().maxBodyBytes()),
                new Scenarios(), ServerHandlers.newCoverage());
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        CRC32 crc = new CRC32();
        long bytes = 0;
        double[] micros = new double[ROUNDS];
        long[] allocated = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            RawRequest[] requests = new RawRequest[PER_ROUND];
            for (int i = 0; i < PER_ROUND; i++) {
                long index = round * 1_000_003L + i;
                requests[i] = apps ? appsRequest(index) : request(index);
            }
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            for (RawRequest request : requests) {
                HttpReply reply = service.answer(request).reply();
                if (reply.status() != 200) {
                    throw new IllegalStateException(request + " got " + reply.status());
                }
                crc.update(reply.body());
                bytes += reply.body().length;
            }
            micros[round] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000.0 / PER_ROUND;
            allocated[round] = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / PER_ROUND;
            System.out.printf("round %2d: %6.1f us CPU, %7d bytes allocated per request%n", round + 1, micros[round],
                    allocated[round]);
        }
        // the first rounds include the JIT compilers' work
        double best = Arrays.stream(micros, ROUNDS / 3, ROUNDS).min().orElseThrow();
        System.out.printf("best of rounds %d-%d: %.1f us CPU, %d bytes allocated per request; %d requests, %d body "
                + "bytes, CRC %d%n", ROUNDS / 3 + 1, ROUNDS, best, allocated[ROUNDS - 1], ROUNDS * PER_ROUND, bytes,
                crc.getValue());
    }

    /** The {@code i}th request, built from i as the Lua script builds its paths. */
    private static RawRequest request(long i) {
        String os = OSES[(int) (i % 3)];
        int granularity = (int) (i % 4);
        int firstApp = (int) (i % 101);
        String ids = appId(os, firstApp);
        if (granularity < 2) {
            ids += "," + appId(os, (firstApp + 37) % 101);
        }
        StringJoiner countries = new StringJoiner(",");
        for (int c = 0; c < i % 5 + 1; c++) {
            countries.add(COUNTRIES[(int) ((i % 23 + c) % 23)]);
        }
        LocalDate start = LocalDate.of(2022, 1, 1).plusDays(i % 97 * 3);
        LocalDate end = start.plusDays((i % 7 + 1) * SPAN_DAYS[granularity] - 1);
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("app_ids", List.of(ids));
        query.put("countries", List.of(countries.toString()));
        query.put("date_granularity", List.of(GRANULARITIES[granularity]));
        query.put("start_date", List.of(start.toString()));
        query.put("end_date", List.of(end.toString()));
        query.put("auth_token", List.of("t"));
        return new RawRequest("GET", "/v1/" + os + "/sales_report_estimates", query, Map.of());
    }

    /** App metadata for two iOS apps whose ids follow from i. */
    private static RawRequest appsRequest(long i) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("app_ids", List.of(appId("ios", (int) (2 * i)) + "," + appId("ios", (int) (2 * i + 1))));
        query.put("auth_token", List.of("t"));
        return new RawRequest("GET", "/v1/ios/apps", query, Map.of());
    }

    private static String appId(String os, int k) {
        return switch (os) {
            case "ios" -> Long.toString(284_882_215L + k * 7_919L);
            case "android" -> "com.example.app" + k;
            default -> String.format("55c5%020x", 1_000_003L * (k + 1));
        };
    }
}
