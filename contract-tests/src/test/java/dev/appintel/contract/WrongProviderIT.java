package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Proof that the suite can fail: the same Pact provider verification, run against a deliberately
 * wrong provider (the mock behind a proxy that breaks its {@code getApps} answers), fails, and its
 * message names the field at fault. Against the mock itself, the same verification passes.
 */
class WrongProviderIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static MockServer mock;
    private static HttpServer proxy;
    /** How the proxy breaks each {@code getApps} app; nothing by default. */
    private static volatile Consumer<ObjectNode> breakApp = app -> { };

    @BeforeAll
    static void start() throws IOException {
        mock = MockServer.start(MockServerConfig.defaults().withPort(0));
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", exchange -> {
            HttpResponse<String> answer = Http.get(mock.baseUrl(), exchange.getRequestURI().toString());
            String body = answer.body();
            if (exchange.getRequestURI().getPath().matches("/v1/[a-z]+/apps") && answer.statusCode() == 200) {
                JsonNode tree = MAPPER.readTree(body);
                tree.path("apps").forEach(app -> breakApp.accept((ObjectNode) app));
                body = MAPPER.writeValueAsString(tree);
            }
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            answer.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            exchange.sendResponseHeaders(answer.statusCode(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        proxy.start();
    }

    @AfterAll
    static void stop() {
        proxy.stop(0);
        mock.close();
    }

    @Test
    void theVerificationPassesAgainstTheMockItself() {
        breakApp = app -> { };
        verify().assertStatistics(stats -> stats.failed(0).succeeded(1));
    }

    @Test
    void aRenamedFieldFailsTheVerificationNamingIt() {
        breakApp = app -> app.set("title", app.remove("name"));
        assertThat(failureMessages(verify())).contains("$.apps[0] Actual map is missing the following keys: name");
    }

    @Test
    void aDroppedRequiredFieldFailsTheVerificationNamingIt() {
        breakApp = app -> app.remove("os");
        assertThat(failureMessages(verify())).contains("$.apps[0] Actual map is missing the following keys: os");
    }

    @Test
    void aFieldOfTheWrongTypeFailsTheVerificationNamingIt() {
        breakApp = app -> app.put("name", 42);
        assertThat(failureMessages(verify())).contains("$.apps[0].name Expected 42 (Integer) to be the same type as");
    }

    private static Events verify() {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(GetAppsVerification.class)).execute()
                .testEvents();
    }

    private static String failureMessages(Events events) {
        List<Event> failed = events.failed().list();
        assertThat(failed).as("the verification against the wrong provider failed").isNotEmpty();
        return failed.stream().map(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse(""))
                .collect(Collectors.joining("\n"));
    }

    /**
     * The provider verification of the {@code getApps} success, against the proxy. Run only
     * through {@link EngineTestKit} (build tools skip nested classes).
     */
    @Provider(PactRequests.PROVIDER)
    @PactFolder("target/pacts")
    @PactFilter("the token is authorised")
    static class GetAppsVerification {

        @BeforeEach
        void target(PactVerificationContext context) {
            URI base = URI.create("http://" + proxy.getAddress().getHostString() + ":" + proxy.getAddress().getPort());
            context.setTarget(new HttpTestTarget(base.getHost(), base.getPort()));
        }

        @TestTemplate
        @ExtendWith(PactVerificationInvocationContextProvider.class)
        void verify(PactVerificationContext context) {
            if (context.getInteraction().getDescription().equals("getApps succeeds")) {
                context.verifyInteraction();
            } else {
                throw new org.opentest4j.TestAbortedException("only getApps is broken");
            }
        }

        @State(PactRequests.AUTHORISED)
        void authorised() {
            Admin.reset(mock.baseUrl());
        }
    }
}
