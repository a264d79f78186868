package dev.appintel.mock.junit;

import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import java.net.URI;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a mock server on a free loopback port once per test class and
 * stops it after the class. Parameters annotated {@link MockServerUrl} (of type {@code URI} or
 * {@code String}) get its base URL; parameters of type {@link MockServer} get the server.
 *
 * <pre>{@code
 * @ExtendWith(MockServerExtension.class)
 * class ClientTest {
 *     @Test
 *     void fetchesApps(@MockServerUrl URI baseUrl) { ... }
 * }
 * }</pre>
 *
 * <p>Register it with {@code @RegisterExtension static MockServerExtension mock = new
 * MockServerExtension(config)} for another seed, tokens or faults. Only this project's types and
 * the JDK's appear in its API, so the HTTP server it runs on stays an implementation detail.
 */
public final class MockServerExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockServerExtension.class);

    private final MockServerConfig config;

    /** An extension with the default configuration on a free port. */
    public MockServerExtension() {
        this(MockServerConfig.defaults());
    }

    /**
     * An extension with this configuration; its port is ignored for a free one.
     *
     * @param config the configuration
     */
    public MockServerExtension(MockServerConfig config) {
        this.config = config.withPort(0);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockServer.class
                || parameter.isAnnotated(MockServerUrl.class) && (type == URI.class || type == String.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MockServer server = server(context);
        Class<?> type = parameter.getParameter().getType();
        return type == MockServer.class ? server : type == URI.class ? server.baseUrl() : server.baseUrl().toString();
    }

    private MockServer server(ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getTestMethod().isPresent()
                ? context.getParent().orElse(context) : context;
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("server", key -> new RunningServer(MockServer.start(config)), RunningServer.class)
                .server();
    }

    /** Stops the server when JUnit closes the class's store. */
    private record RunningServer(MockServer server) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
