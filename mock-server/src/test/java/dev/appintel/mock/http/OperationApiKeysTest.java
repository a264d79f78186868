package dev.appintel.mock.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.api.ApiRoutes;
import dev.appintel.mock.api.ApiShapes;
import dev.appintel.mock.data.ResponseSynthesizer;
import dev.appintel.mock.data.Universe;
import dev.appintel.mock.faults.Scenarios;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.QueryString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each operation is checked for the API key its own security requirement names: here getApps
 * takes a header key instead of the API's query key, and getTopInAppPurchases none at all, as the
 * generated {@code ApiRoutes.apiKey} says for a spec that declares so.
 */
class OperationApiKeysTest {

    private static final String APPS = "/v1/ios/apps";
    private static final Map<String, List<String>> APP_IDS = Map.of("app_ids", List.of("284882215"));

    private final Function<String, Optional<ApiKey>> keys = operationId -> switch (operationId) {
        case "getApps" -> Optional.of(new ApiKey("X-Partner-Key", Param.Location.HEADER));
        case "getTopInAppPurchases" -> Optional.empty();
        default -> ApiRoutes.apiKey(operationId);
    };
    private final MockServerConfig config = MockServerConfig.defaults();
    private final ApiService service = new ApiService(ApiRoutes.all(), ApiRoutes.API_KEY_NAME, keys, config,
            new ResponseSynthesizer(ApiShapes::named, new Universe(config.seed(), config.today())), new Scenarios(),
            ServerHandlers.newCoverage());

    @Test
    void theGeneratedRoutesGiveEveryOperationOfTheSpecTheApisKey() {
        assertThat(ApiRoutes.all()).allSatisfy(route -> assertThat(ApiRoutes.apiKey(route.operationId()))
                .contains(new ApiKey(ApiRoutes.API_KEY_NAME, ApiRoutes.API_KEY_LOCATION)));
    }

    @Test
    void anOperationWithItsOwnHeaderKeyIsRefusedWithoutItInTheApisErrorShape() {
        HttpReply reply = answer(APPS, withToken(APP_IDS), Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(new String(reply.body(), UTF_8)).isEqualTo("{\"error\":\"Invalid authentication token.\"}");
    }

    @Test
    void anOperationWithItsOwnHeaderKeyAnswersWithIt() {
        HttpReply reply = answer(APPS, APP_IDS, Map.of("x-partner-key", List.of("any-token")));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void otherOperationsStillNeedTheApisQueryKey() {
        String path = "/v1/ios/apps/top_in_app_purchases";
        assertThat(answer("/v1/android/category/category_history", Map.of(), Map.of("X-Partner-Key", List.of("t")))
                .status()).isEqualTo(401);
        assertThat(answer(path, APP_IDS, Map.of()).status()).isNotEqualTo(401);
    }

    private HttpReply answer(String path, Map<String, List<String>> query, Map<String, List<String>> headers) {
        return service.answer(new RawRequest("GET", path, QueryString.of(query), headers)).reply();
    }

    private static Map<String, List<String>> withToken(Map<String, List<String>> query) {
        return Map.of("app_ids", query.get("app_ids"), "auth_token", List.of("any-token"));
    }
}
