package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.error.CallPart;
import dev.appintel.client.error.PartialResultException;
import dev.appintel.client.error.ValidationFailedException;
import dev.appintel.client.model.ActiveUsersRow;
import dev.appintel.client.model.AndroidActiveUsers;
import dev.appintel.client.model.App;
import dev.appintel.client.model.AppRetention;
import dev.appintel.client.model.AppsResponse;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.model.OsIosAndroidUnified;
import dev.appintel.client.model.Retention;
import dev.appintel.client.model.TimePeriod;
import dev.appintel.client.model.UsageDateGranularity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Id lists longer than an operation's per-call limit are split into calls of at most that many
 * ids, and the arrays the rule names are concatenated: exactly the union of the single-call
 * results, in order, without duplicates.
 */
class BatchingTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    private final RecordingServer server = RecordingServer.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void appIdsBeyondTheLimitAreSentInChunksOfTheLimitAndTheAppsConcatenated() {
        server.answer(exchange -> Reply.json("{\"apps\": [" + Queries.list(exchange.query(), "app_ids").stream()
                .map(id -> "{\"app_id\": \"" + id + "\", \"name\": \"App " + id + "\", \"os\": \"android\"}")
                .collect(Collectors.joining(",")) + "]}"));
        List<String> ids = ids(250);

        List<App> apps;
        try (AppIntelligence client = TestClients.builder(server, time).build()) {
            apps = client.appOverview().getApps(OsIosAndroid.ANDROID, ids, null, null).apps();
        }

        assertThat(server.requests()).extracting(request -> Queries.list(request.query(), "app_ids").size())
                .containsExactlyInAnyOrder(100, 100, 50);
        assertThat(apps).extracting(app -> app.appId().toString()).containsExactlyElementsOf(ids);
    }

    @Test
    void repeatedIdsAreSentOnceWhenTheListIsSplit() {
        server.answer(exchange -> Reply.json("{\"apps\": []}"));
        List<String> ids = new ArrayList<>(ids(100));
        ids.addAll(ids(10));

        try (AppIntelligence client = TestClients.builder(server, time).build()) {
            client.appOverview().getApps(OsIosAndroid.ANDROID, ids, null, null);
        }

        assertThat(server.requests()).hasSize(1);
        assertThat(Queries.list(server.last().query(), "app_ids")).containsExactlyElementsOf(ids(100));
    }

    @Test
    void everyConcatenatedArrayIsMergedAndOtherFieldsComeFromTheFirstResponse() {
        server.answer(exchange -> {
            List<String> chunk = Queries.list(exchange.query(), "app_ids");
            return Reply.json("{\"app_data\": [" + chunk.stream().filter(id -> !id.endsWith("7"))
                    .map(id -> "{\"app_id\": \"" + id + "\", \"country\": \"US\"}").collect(Collectors.joining(","))
                    + "], \"disabled_app_ids\": [" + chunk.stream().filter(id -> id.endsWith("7"))
                    .map(id -> "\"" + id + "\"").collect(Collectors.joining(",")) + "], \"baseline_data\": ["
                    + Integer.parseInt(chunk.get(0).substring(3)) + "]}");
        });
        List<String> ids = ids(1001);

        Retention retention;
        try (AppIntelligence client = TestClients.builder(server, time).build()) {
            retention = client.retention().getRetention(OsIosAndroid.ANDROID, ids, UsageDateGranularity.ALL_TIME, JAN_1,
                    null, null);
        }

        assertThat(server.requests()).hasSize(3);
        assertThat(retention.appData()).extracting(row -> row.appId().toString())
                .containsExactlyElementsOf(ids.stream().filter(id -> !id.endsWith("7")).toList());
        assertThat(retention.disabledAppIds()).extracting(Object::toString)
                .containsExactlyElementsOf(ids.stream().filter(id -> id.endsWith("7")).toList());
        assertThat(retention.baselineData()).containsExactly(0.0);
        assertThat(retention.appData()).extracting(AppRetention::country).containsOnly("US");
    }

    @Test
    void bareArraysAreConcatenated() {
        server.answer(exchange -> Reply.json("[" + Queries.list(exchange.query(), "app_ids").stream()
                .map(id -> "{\"app_id\": \"" + id + "\", \"country\": \"US\", \"date\": \"2024-01-01T00:00:00Z\", \"users\": 5}")
                .collect(Collectors.joining(",")) + "]"));
        List<String> ids = ids(501);

        List<ActiveUsersRow> rows;
        try (AppIntelligence client = TestClients.builder(server, time).build()) {
            rows = client.activeUsers().getActiveUsers(OsIosAndroidUnified.ANDROID, ids, TimePeriod.DAY, JAN_1, JAN_1, null,
                    null);
        }

        assertThat(server.requests()).hasSize(2);
        assertThat(rows).hasSize(501).allSatisfy(row -> assertThat(row).isInstanceOf(AndroidActiveUsers.class));
        assertThat(rows).extracting(row -> ((AndroidActiveUsers) row).appId().toString()).containsExactlyElementsOf(ids);
    }

    @Test
    void chunksRunConcurrentlyWithinTheBound() {
        server.answer(exchange -> Reply.json("[]").after(Duration.ofMillis(150)));

        try (AppIntelligence client = TestClients.builder(server, time).maxConcurrency(2).build()) {
            client.networkAnalysis().getNetworkAnalysis(OsIosAndroidUnified.IOS, ids(23), JAN_1, JAN_1, TimePeriod.DAY, null,
                    null);
        }

        assertThat(server.requests()).hasSize(5);
        assertThat(server.maxInFlight()).isBetween(1, 2);
    }

    @Test
    void oneFailingChunkFailsTheCallNamingItAndKeepingTheOthersApps() {
        server.enqueue(Reply.json("{\"apps\": [{\"app_id\": \"app0000\", \"name\": \"First\", \"os\": \"android\"}]}"),
                Reply.status(422, "{\"errors\": [{\"title\": \"Invalid app id\"}]}"));
        server.answer(exchange -> Reply.json("{\"apps\": []}"));

        PartialResultException failure;
        try (AppIntelligence client = TestClients.builder(server, time).maxConcurrency(1).build()) {
            failure = catchThrowableOfType(() -> client.appOverview().getApps(OsIosAndroid.ANDROID, ids(300), null, null),
                    PartialResultException.class);
        }

        assertThat(failure.getCause()).isInstanceOf(ValidationFailedException.class);
        assertThat(failure.status()).isEqualTo(422);
        assertThat(failure.failedPart().parameters()).containsEntry("app_ids", ids(300).subList(100, 200));
        assertThat(failure).hasMessageContaining("part 2 of 3 (app_ids=[100 values: app0100, app0101, app0102, ...]) failed")
                .hasMessageContaining("Invalid app id").hasMessageEndingWith("1 succeeded, 1 unfinished");
        assertThat(failure.succeeded()).singleElement().satisfies(part -> {
            assertThat(part.part().number()).isEqualTo(1);
            assertThat(((AppsResponse) part.value()).apps()).extracting(App::name).containsExactly("First");
        });
        assertThat(failure.unfinished()).extracting(CallPart::number).containsExactly(3);
        assertThat(((AppsResponse) failure.partialResult()).apps()).extracting(App::name).containsExactly("First");
        assertThat(failure.retryable()).isFalse();
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("app%04d", i)).toList();
    }
}
