package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.dsl.PactDslWithState;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.appintel.client.AppIntelligence;
import dev.appintel.client.RetryPolicy;
import dev.appintel.client.error.ForbiddenException;
import dev.appintel.client.error.RateLimitedException;
import dev.appintel.client.error.UnauthorizedException;
import dev.appintel.client.error.ValidationFailedException;
import dev.appintel.spec.testing.SpecDocument;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pact consumer tests: the generated Feign client, driven against Pact's mock server, for one
 * success of every GET operation of the spec (its request built from the spec, the client's method
 * found by reflection), the richer hand-written calls of {@link ClientCalls}, and 401, 403, 422 and
 * 429 on representative operations. Bodies hold type and regex matchers written from the spec's
 * schemas, so that any valid data passes. The pact goes to {@code target/pacts}; its token is a
 * fixed fake.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PactRequests.PROVIDER, pactVersion = PactSpecVersion.V3)
class ClientConsumerPactTest {

    @Pact(consumer = PactRequests.CONSUMER)
    RequestResponsePact everySpecOperation(PactDslWithProvider builder) {
        return SpecInteractions.pact(builder, SpecDocument.operations());
    }

    /** Pact fails the test if an interaction is not requested, so every operation is sent by the client. */
    @Test
    @PactTestFor(pactMethod = "everySpecOperation")
    void everySpecOperationIsSentByTheClientAndDeserialised(MockServer server) {
        try (AppIntelligence client = client(server)) {
            for (SpecDocument.Operation operation : SpecDocument.operations()) {
                Object answer = SpecClientCalls.call(client, operation, SpecInteractions.os(operation),
                        SpecInteractions.query(operation));
                assertThat(answer).as(operation.operationId()).isNotNull();
            }
        }
    }

    @Pact(consumer = PactRequests.CONSUMER)
    RequestResponsePact handWrittenCalls(PactDslWithProvider builder) {
        PactDslResponse response = null;
        for (ClientCalls.Call call : ClientCalls.all()) {
            PactDslWithState state = response == null ? builder.given(PactRequests.AUTHORISED)
                    : response.given(PactRequests.AUTHORISED);
            response = SpecInteractions.success(state, call.operationId() + " succeeds",
                    SpecDocument.operation(call.operationId()), call.request());
        }
        return response.toPact();
    }

    @Test
    @PactTestFor(pactMethod = "handWrittenCalls")
    void everyHandWrittenCallDeserialisesItsAnswer(MockServer server) {
        try (AppIntelligence client = client(server)) {
            for (ClientCalls.Call call : ClientCalls.all()) {
                assertThat(call.call().apply(client)).as(call.operationId()).isNotNull();
            }
        }
    }

    @Pact(consumer = PactRequests.CONSUMER)
    RequestResponsePact unauthorised(PactDslWithProvider builder) {
        return error(builder, "getApps", PactRequests.INVALID_TOKEN, 401, Map.of(), errorMessage());
    }

    @Test
    @PactTestFor(pactMethod = "unauthorised")
    void a401IsAnUnauthorizedException(MockServer server) {
        assertThatThrownBy(() -> call(server, "getApps")).isInstanceOf(UnauthorizedException.class);
    }

    @Pact(consumer = PactRequests.CONSUMER)
    RequestResponsePact forbidden(PactDslWithProvider builder) {
        return error(builder, "getSalesReportEstimates", PactRequests.NOT_AUTHORISED, 403, Map.of(), errorMessage());
    }

    @Test
    @PactTestFor(pactMethod = "forbidden")
    void a403IsAForbiddenException(MockServer server) {
        assertThatThrownBy(() -> call(server, "getSalesReportEstimates")).isInstanceOf(ForbiddenException.class);
    }

    @Pact(consumer = PactRequests.CONSUMER)
    RequestResponsePact unprocessable(PactDslWithProvider builder) {
        DslPart body = new PactDslJsonBody().minArrayLike("errors", 1, 1).stringType("title", "Required parameter: x")
                .closeObject().closeArray();
        return error(builder, "getCreatives", PactRequests.UNPROCESSABLE, 422, Map.of(), body);
    }

    @Test
    @PactTestFor(pactMethod = "unprocessable")
    void a422IsAValidationFailedException(MockServer server) {
        assertThatThrownBy(() -> call(server, "getCreatives")).isInstanceOf(ValidationFailedException.class);
    }

    @Pact(consumer = PactRequests.CONSUMER)
    RequestResponsePact rateLimited(PactDslWithProvider builder) {
        return error(builder, "getActiveUsers", PactRequests.RATE_LIMITED, 429, Map.of("Retry-After", "^\\d+$"),
                errorMessage());
    }

    @Test
    @PactTestFor(pactMethod = "rateLimited")
    void a429IsARateLimitedException(MockServer server) {
        assertThatThrownBy(() -> call(server, "getActiveUsers")).isInstanceOf(RateLimitedException.class);
    }

    private static RequestResponsePact error(PactDslWithProvider builder, String operationId, String state, int status,
            Map<String, String> headerRegexes, DslPart body) {
        ClientCalls.Call call = ClientCalls.call(operationId);
        PactDslRequestWithPath request = builder.given(state).uponReceiving(operationId + " answers " + status)
                .method("GET").path(PactRequests.path(call.request()));
        PactDslResponse response = PactRequests.withQuery(request, SpecDocument.operation(operationId), call.request())
                .willRespondWith().status(status);
        for (Map.Entry<String, String> header : headerRegexes.entrySet()) {
            response = response.matchHeader(header.getKey(), header.getValue(), "1");
        }
        return response.body(body).toPact();
    }

    private static DslPart errorMessage() {
        return new PactDslJsonBody().stringType("error", "Invalid authentication token.");
    }

    private static void call(MockServer server, String operationId) {
        try (AppIntelligence client = client(server)) {
            ClientCalls.call(operationId).call().apply(client);
        }
    }

    private static AppIntelligence client(MockServer server) {
        return AppIntelligence.builder().token(FakeToken.VALUE).baseUrl(server.getUrl())
                .retryPolicy(RetryPolicy.none()).build();
    }
}
