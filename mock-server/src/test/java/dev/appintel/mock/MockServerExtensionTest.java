package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.junit.MockServerExtension;
import dev.appintel.mock.junit.MockServerUrl;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JUnit 5 extension starts one server per class on a free loopback port and injects it. */
@ExtendWith(MockServerExtension.class)
class MockServerExtensionTest {

    @Test
    void injectsTheBaseUrlAsUriOrStringAndTheServer(@MockServerUrl URI uri, @MockServerUrl String text, MockServer server) {
        assertThat(uri).isEqualTo(server.baseUrl());
        assertThat(text).isEqualTo(uri.toString());
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPort()).isPositive().isNotEqualTo(MockServerConfig.DEFAULT_PORT);
    }

    @Test
    void theServerAnswers(@MockServerUrl URI base) {
        assertThat(Http.get(base, "/__admin/health").statusCode()).isEqualTo(200);
    }
}
