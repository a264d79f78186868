package dev.appintel.contract;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import java.net.URISyntaxException;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider verification: every interaction of the pacts that {@link ClientConsumerPactTest} wrote
 * is replayed against the mock server, started here on a free port. Provider states are mapped to
 * the mock's admin API. Runs as an integration test (failsafe), after the consumer tests.
 */
@Provider(PactRequests.PROVIDER)
@PactFolder("target/pacts")
class MockProviderPactIT {

    private static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget(server.baseUrl().getHost(), server.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, HttpRequest request) throws URISyntaxException {
        request.setUri(PactListQueries.withRawListSeparators(request.getUri()));
        context.verifyInteraction();
    }

    @State(PactRequests.AUTHORISED)
    void authorised() {
        Admin.reset(server.baseUrl());
    }

    @State(PactRequests.INVALID_TOKEN)
    void invalidToken() {
        Admin.script(server.baseUrl(), "getApps", 401, 1);
    }

    @State(PactRequests.NOT_AUTHORISED)
    void notAuthorised() {
        Admin.script(server.baseUrl(), "getSalesReportEstimates", 403, 1);
    }

    @State(PactRequests.UNPROCESSABLE)
    void unprocessable() {
        Admin.script(server.baseUrl(), "getCreatives", 422, 1);
    }

    /**
     * Twice: the verifier's HTTP client (Apache HttpClient 5) retries a 429 once by itself, after
     * its {@code Retry-After}, and would otherwise see the 200 that follows.
     */
    @State(PactRequests.RATE_LIMITED)
    void rateLimited() {
        Admin.script(server.baseUrl(), "getActiveUsers", 429, 2);
    }
}
