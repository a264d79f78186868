package dev.appintel.client.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.Param;
import feign.Client;
import feign.Request;
import feign.Response;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The token goes where the request's operation says: the query, a header, or nowhere. */
class TokenClientTest {

    private static final String SECRET = "s3cret&x";
    private static final Request.Options OPTIONS = new Request.Options();

    private final List<Request> sent = new ArrayList<>();
    private final Client recording = (request, options) -> {
        sent.add(request);
        return Response.builder().status(200).request(request).headers(Map.of()).body(new byte[0]).build();
    };
    private final Redactor redactor = new Redactor(SECRET, "auth_token");

    @Test
    void aQueryKeyIsAppendedEncoded() throws Exception {
        send(new ApiKey("auth_token", Param.Location.QUERY), "https://api.example.com/v1/ios/apps?app_ids=1");

        assertThat(sent.get(0).url()).isEqualTo("https://api.example.com/v1/ios/apps?app_ids=1&auth_token=s3cret%26x");
        assertThat(sent.get(0).headers()).doesNotContainKey("auth_token");
    }

    @Test
    void aHeaderKeyIsSentAsThatHeaderAndNotInTheQuery() throws Exception {
        send(new ApiKey("X-Partner-Key", Param.Location.HEADER), "https://api.example.com/v1/ios/apps?app_ids=1");

        assertThat(sent.get(0).url()).isEqualTo("https://api.example.com/v1/ios/apps?app_ids=1");
        assertThat(sent.get(0).headers().get("X-Partner-Key")).containsExactly(SECRET);
        assertThat(sent.get(0).headers()).containsEntry("Accept", List.of("application/json"));
    }

    @Test
    void anOperationWithoutAKeyIsSentAsItIs() throws Exception {
        new TokenClient(recording, request -> Optional.empty(), SECRET, redactor).execute(request("https://a/x"), OPTIONS);

        assertThat(sent.get(0).url()).isEqualTo("https://a/x");
        assertThat(sent.get(0).headers()).containsOnlyKeys("Accept");
    }

    @Test
    void withoutAnOperationTheCatalogGivesTheApisKey() {
        assertThat(TokenClient.catalogKey(request("https://a/x"))).isEqualTo(OperationCatalog.apiKey());
        assertThat(OperationCatalog.operations()).allSatisfy(operation ->
                assertThat(OperationCatalog.apiKey(operation.operationId())).isEqualTo(OperationCatalog.apiKey()));
    }

    private void send(ApiKey key, String url) throws Exception {
        new TokenClient(recording, request -> Optional.of(key), SECRET, redactor).execute(request(url), OPTIONS);
    }

    private static Request request(String url) {
        Map<String, Collection<String>> headers = Map.of("Accept", List.of("application/json"));
        return Request.create(Request.HttpMethod.GET, url, headers, null, UTF_8, null);
    }
}
