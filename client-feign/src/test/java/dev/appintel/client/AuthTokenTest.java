package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.client.RecordingServer.Reply;
import dev.appintel.client.model.OsIosAndroid;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token travels once per request, percent-encoded, whatever the retries. */
class AuthTokenTest {

    private final RecordingServer server = RecordingServer.start();
    private final FakeTime time = new FakeTime();
    private final AppIntelligence client = TestClients.builder(server, time).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theTokenIsAddedOnceAndEncodedAfterTheOtherParameters() {
        client.appOverview().getApps(OsIosAndroid.IOS, List.of("1"), "US", null);

        assertThat(server.last().query()).isEqualTo("app_ids=1&country=US&auth_token=" + TestClients.ENCODED_TOKEN);
    }

    @Test
    void aCallWithoutQueryParametersGetsTheTokenAsItsOnlyParameter() {
        server.enqueue(Reply.json("{\"cohorts\": []}"));

        client.engagement().getTimeOfDayCohorts(dev.appintel.client.model.OsAndroid.ANDROID);

        assertThat(server.last().path()).isEqualTo("/v1/android/consumer_intel/time_of_day/cohorts");
        assertThat(server.last().query()).isEqualTo("auth_token=" + TestClients.ENCODED_TOKEN);
    }

    @Test
    void everyRetryCarriesTheTokenExactlyOnce() {
        server.enqueue(Reply.status(503, ""), Reply.status(500, ""), Reply.status(429, "").header("Retry-After", "1"),
                Reply.json("{\"apps\": []}"));

        client.appOverview().getApps(OsIosAndroid.IOS, List.of("1", "2"), null, null);

        assertThat(server.requests()).hasSize(4).allSatisfy(request -> assertThat(request.query())
                .isEqualTo("app_ids=1,2&auth_token=" + TestClients.ENCODED_TOKEN));
    }

    @Test
    void aBuilderWithoutTokenOrWithABlankOneIsRefused() {
        assertThatThrownBy(() -> AppIntelligence.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("token is required");
        assertThatThrownBy(() -> AppIntelligence.builder().token(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the API token is blank");
    }

    @Test
    void aNullTokenFailsAtBuildSayingTheVariableIsProbablyNotSet() {
        String unset = System.getenv("APPINTEL_TEST_VARIABLE_THAT_IS_NOT_SET");

        assertThatThrownBy(() -> AppIntelligence.builder().token(unset).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("token(...) was given null").hasMessageContaining("probably not set");
    }
}
