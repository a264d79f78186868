package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.model.App;
import dev.appintel.client.model.AppsResponse;
import dev.appintel.client.model.OsIosAndroid;
import dev.appintel.client.support.OperationCatalog;
import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.QueryString;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An id holding a comma travels as one item of a comma-joined list, against the real mock: the
 * comma inside it is encoded once ({@code %2C}), the commas between items are sent raw, and the
 * server answers one app per id.
 */
class CommaInListTest {

    private static final List<String> IDS = List.of("com.a.b,c", "com.d.e");

    private final MockServer mock = MockServer.start(MockServerConfig.defaults().withPort(0));
    private final AppIntelligence client = AppIntelligence.builder().token("t").baseUrl(mock.baseUrl().toString())
            .retryPolicy(RetryPolicy.none()).build();

    @AfterEach
    void stop() {
        client.close();
        mock.close();
    }

    @Test
    void anIdWithACommaIsOneItemOnTheWireAndOneAppInTheAnswer() {
        MethodBinding getApps = OperationCatalog.operations().stream()
                .filter(binding -> binding.methodName().equals("getApps")).findFirst().orElseThrow();
        String list = getApps.spec().rules().batching().orElseThrow().parameter();

        AppsResponse answer = client.appOverview().getApps(OsIosAndroid.ANDROID, IDS, null, null);

        assertThat(answer.apps()).extracting(App::appId).extracting(String::valueOf).containsExactlyElementsOf(IDS);
        mock.verify(getApps.operationId())
                .matching("the ids joined by raw commas, each encoded once", entry -> entry.uri()
                        .contains(QueryString.encode(list) + "=" + QueryString.joinItems(IDS)))
                .calledTimes(1);
        assertThat(QueryString.joinItems(IDS)).isEqualTo("com.a.b%2Cc,com.d.e");
    }
}
