package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.model.OsIosAndroid;
import feign.Logger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The token never appears in logs at any level, in exceptions, or in any {@code toString()}. */
class RedactionTest {

    /** An error body that echoes the token, as a careless server might. */
    private static final String ECHO = "{\"error\": \"token " + TestClients.TOKEN + " rejected for auth_token="
            + TestClients.ENCODED_TOKEN + "\"}";

    private final RecordingServer server = RecordingServer.start();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Logger.Level.class)
    void theLogHoldsNoTokenAtAnyLevel(Logger.Level level) {
        server.enqueue(Reply.status(503, ECHO), Reply.json("{\"apps\": [], \"echo\": \"" + TestClients.TOKEN + "\"}"),
                Reply.status(401, ECHO));
        String log;
        try (StandardErrorCapture capture = new StandardErrorCapture();
                AppIntelligence client = TestClients.builder(server, time).logLevel(level).build()) {
            getApps(client);
            catchThrowable(() -> getApps(client));
            log = capture.text();
        }

        assertNoToken(log);
        if (level == Logger.Level.NONE) {
            assertThat(log).doesNotContain("---> GET");
        } else {
            assertThat(log).contains("[AppOverviewApi#getApps] ---> GET " + server.url() + "/v1/ios/apps?app_ids=1 HTTP/1.1")
                    .contains("<--- HTTP/1.1 401");
        }
        if (level == Logger.Level.FULL) {
            assertThat(log).contains("\"echo\": \"***\"").contains("auth_token=***");
        }
    }

    @Test
    void exceptionsHoldNoTokenInMessageUrlOrStackTrace() throws Exception {
        server.enqueue(Reply.status(401, ECHO), Reply.status(500, ECHO), Reply.status(400, ECHO), Reply.json("[oops "
                + TestClients.TOKEN));
        try (AppIntelligence client = TestClients.builder(server, time).retryPolicy(RetryPolicy.none()).build()) {
            for (int i = 0; i < 4; i++) {
                assertNoToken(describe(catchThrowable(() -> getApps(client))));
            }
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (AppIntelligence client = TestClients.builder(server, time).retryPolicy(RetryPolicy.none())
                .baseUrl("http://127.0.0.1:" + closedPort).build()) {
            assertNoToken(describe(catchThrowable(() -> getApps(client))));
        }
    }

    @Test
    void theClientItsBuilderAndTheTokenPrintNoToken() {
        AppIntelligenceBuilder builder = TestClients.builder(server, time);
        try (AppIntelligence client = builder.build()) {
            assertNoToken(client.toString());
            assertNoToken(builder.toString());
            assertNoToken(client.appOverview().toString());
            assertThat(ApiToken.of(TestClients.TOKEN)).hasToString("ApiToken[***]");
            assertThat(client.toString()).contains("baseUrl=" + server.url()).contains("***");
        }
    }

    private static void getApps(AppIntelligence client) {
        client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), null, null);
    }

    private static String describe(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out + "\n" + error;
    }

    private static void assertNoToken(String text) {
        assertThat(text).doesNotContain(TestClients.TOKEN).doesNotContain(TestClients.ENCODED_TOKEN)
                .doesNotContain("s3cr3t");
    }
}
