package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.error.PartialResultException;
import dev.appintel.client.error.ResponseDecodingException;
import dev.appintel.client.model.AppRetention;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.Retention;
import dev.appintel.client.model.UsageDateGranularity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A body that is an array of one object where the spec says object is read as that object; other sizes fail. */
class SingleObjectBodyTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    private final RecordingServer server = RecordingServer.start();
    private final AppIntelligence client = TestClients.builder(server, new FakeTime()).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anArrayOfOneObjectIsThatObjectAlsoWhenBatchesAreMerged() {
        server.answer(exchange -> Reply.json("[{\"app_data\": [" + Queries.list(exchange.query(), "app_ids").stream()
                .map(id -> "{\"app_id\": \"" + id + "\", \"country\": \"US\"}").collect(Collectors.joining(","))
                + "], \"baseline_data\": [0.5]}]"));
        List<String> ids = IntStream.range(0, 600).mapToObj(i -> "com.app" + i).toList();

        Retention retention = client.retention().getRetention(OsIosAndroid.ANDROID, ids, UsageDateGranularity.ALL_TIME,
                JAN_1, null, null);

        assertThat(server.requests()).hasSize(2);
        assertThat(retention.appData()).extracting(row -> row.appId().toString()).containsExactlyElementsOf(ids);
        assertThat(retention.appData()).extracting(AppRetention::country).containsOnly("US");
        assertThat(retention.baselineData()).containsExactly(0.5);
    }

    @Test
    void anArrayOfTwoObjectsIsADecodingFailureAtTheRoot() {
        server.answer(exchange -> Reply.json("[{\"baseline_data\": [0.5]}, {\"baseline_data\": [0.6]}]"));

        assertThatThrownBy(() -> client.retention().getRetention(OsIosAndroid.ANDROID, List.of("com.a"),
                UsageDateGranularity.ALL_TIME, JAN_1, null, null))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageEndingWith("unreadable body: at /: an array of 2 elements where the spec says the body is one "
                        + "Retention object (an array of exactly one object is read as that object)");
    }

    @Test
    void inASplitCallTheBatchWithTheArrayIsTheFailedPart() {
        server.answer(exchange -> Queries.list(exchange.query(), "app_ids").contains("com.app520")
                ? Reply.json("[]") : Reply.json("{\"app_data\": []}"));
        List<String> ids = IntStream.range(0, 600).mapToObj(i -> "com.app" + i).toList();

        assertThatThrownBy(() -> client.retention().getRetention(OsIosAndroid.ANDROID, ids, UsageDateGranularity.ALL_TIME,
                JAN_1, null, null))
                .isInstanceOfSatisfying(PartialResultException.class, failure -> {
                    assertThat(failure.failedPart().number()).isEqualTo(2);
                    assertThat(failure.getCause()).isInstanceOf(ResponseDecodingException.class)
                            .hasMessageContaining("an array of 0 elements");
                });
    }

    @Test
    void aListResultIsNotUnwrapped() {
        server.answer(exchange -> Reply.json("[{\"aid\": \"com.a\", \"c\": \"US\", \"d\": \"2024-01-01T00:00:00Z\", \"u\": 1}]"));

        assertThat(client.downloadsRevenue().getSalesReportEstimates(dev.appintel.client.model.OsIosAndroidUnified.ANDROID,
                List.of("com.a"), null, null, dev.appintel.client.model.SalesDateGranularity.DAILY, JAN_1, JAN_1, null))
                .hasSize(1);
    }
}
