package dev.appintel.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.QueryString;
import feign.Client;
import feign.Feign;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A plain Feign client with the {@link ApiKeyInterceptor} sends the token where the key says, as
 * given: a token that looks like a Feign template expression is not expanded.
 */
class ApiKeyInterceptorTest {

    private static final String TOKEN = "a{x}b {y} ü";

    /** An interface outside the catalog, so that the API's key applies. */
    interface Ping {
        @RequestLine("GET /ping")
        void ping();
    }

    private final List<Request> sent = new ArrayList<>();
    private final Client recording = (request, options) -> {
        sent.add(request);
        return Response.builder().status(204).request(request).headers(Map.of()).build();
    };

    @Test
    void aQueryKeyCarriesTheTokenEncodedOnceAndNeverExpanded() {
        ping(new ApiKeyInterceptor(() -> TOKEN, template -> Optional.of(new ApiKey("auth_token", Param.Location.QUERY))));

        assertThat(sent.get(0).url()).isEqualTo("http://api.test/ping?auth_token=" + QueryString.encode(TOKEN));
    }

    @Test
    void aHeaderKeyCarriesTheTokenAsGiven() {
        ping(new ApiKeyInterceptor(() -> TOKEN, template -> Optional.of(new ApiKey("X-Key", Param.Location.HEADER))));

        assertThat(sent.get(0).headers().get("X-Key")).containsExactly(TOKEN);
        assertThat(sent.get(0).url()).isEqualTo("http://api.test/ping");
    }

    @Test
    void aMethodOutsideTheCatalogGetsTheApisKey() {
        ping(new ApiKeyInterceptor(() -> TOKEN));

        ApiKey key = OperationCatalog.apiKey().orElseThrow();
        assertThat(key.location()).isEqualTo(Param.Location.QUERY);
        assertThat(sent.get(0).url()).endsWith("?" + QueryString.encode(key.name()) + "=" + QueryString.encode(TOKEN));
    }

    private void ping(ApiKeyInterceptor keys) {
        Feign.builder().client(recording).requestInterceptor(keys).target(Ping.class, "http://api.test").ping();
    }
}
