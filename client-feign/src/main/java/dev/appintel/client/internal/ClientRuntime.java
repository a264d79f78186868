package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.Param;
import feign.Feign;
import feign.Retryer;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wiring of a client: one Feign target per generated interface (token added as requests leave,
 * bodies read as trees, typed errors, redacted log, Feign's own retries off), wrapped in a proxy
 * that validates, splits, retries, merges and measures by the generated catalog. All requests of
 * the client pass one {@link AdaptiveLimiter}.
 */
public final class ClientRuntime implements AutoCloseable {

    private final RuntimeConfig config;
    private final ObjectMapper mapper = JsonMappers.create();
    private final Redactor redactor;
    private final ParallelCalls parallel;
    private final CallExecutor executor;
    private final Map<Class<?>, OperationInvoker> invokers = new ConcurrentHashMap<>();
    private final Map<Class<?>, Object> proxies = new ConcurrentHashMap<>();

    /** @param config what to build from */
    public ClientRuntime(RuntimeConfig config) {
        this.config = config;
        this.redactor = new Redactor(config.secret(), keyName());
        this.parallel = new ParallelCalls(config.maxConcurrency());
        AdaptiveLimiter limiter = new AdaptiveLimiter(config.maxConcurrency(), config.clock(), config.sleeper());
        Retrier retrier = new Retrier(config.retryPolicy(), config.clock(), config.sleeper(), config.random(),
                config.metrics(), limiter);
        this.executor = new CallExecutor(retrier, parallel, mapper, config.metrics());
    }

    /** The API key's query parameter, as the spec declares it. */
    static String keyName() {
        ApiKey key = OperationCatalog.apiKey().orElseThrow(() -> new IllegalStateException(
                "the spec declares no API key"));
        if (key.location() != Param.Location.QUERY) {
            throw new IllegalStateException("the API key " + key.name() + " travels in the " + key.location()
                    + "; this client supports query keys only");
        }
        return key.name();
    }

    /**
     * The client's implementation of a generated interface.
     *
     * @param api the interface
     * @param <T> the interface
     * @return its implementation, the same for every call
     */
    public <T> T proxy(Class<T> api) {
        if (!OperationCatalog.apis().contains(api)) {
            throw new IllegalArgumentException(api.getName() + " is not a generated interface of this client; use one of "
                    + OperationCatalog.apis().stream().map(Class::getSimpleName).toList());
        }
        return api.cast(proxies.computeIfAbsent(api, type -> Proxy.newProxyInstance(type.getClassLoader(),
                new Class<?>[] {type}, invoker(type))));
    }

    /**
     * The pages of a recorded paged call.
     *
     * @param call the call of the first page
     * @return the pages as responses
     */
    public Iterator<Fetched> pages(RecordedCall call) {
        MethodBinding operation = Operations.of(call.method()).orElseThrow(() -> new IllegalArgumentException(
                call.method().getName() + " is not an operation"));
        return new PageIterator(invoker(call.api()), call.method(), operation, call.args());
    }

    /**
     * Maps a response to a Java type.
     *
     * @param call    the call it answers
     * @param fetched the response
     * @param type    the type
     * @return the value
     */
    public Object convert(RecordedCall call, Fetched fetched, Type type) {
        return executor.convert(Operations.of(call.method()).orElseThrow(), fetched, type);
    }

    private OperationInvoker invoker(Class<?> api) {
        return invokers.computeIfAbsent(api, type -> new OperationInvoker(type,
                new FeignCall(target(type), redactor, config.metrics()), executor));
    }

    private Object target(Class<?> api) {
        return Feign.builder()
                .client(new TokenClient(config.httpClient(), TokenClient::catalogKey, config.secret(), redactor))
                .options(config.options())
                .retryer(Retryer.NEVER_RETRY)
                .decoder(new TreeDecoder(mapper, redactor))
                .errorDecoder(new ErrorResponses(mapper, redactor, config.clock()))
                .requestInterceptor(new CatalogQuery())
                .logger(new RedactingLogger(redactor))
                .logLevel(config.logLevel())
                .target(api, config.baseUrl());
    }

    /** Stops the threads of split calls, and closes the HTTP client when the builder made it. */
    @Override
    public void close() {
        parallel.close();
        if (config.ownsHttpClient() && config.httpClient() instanceof AutoCloseable transport) {
            try {
                transport.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the HTTP client failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return "ClientRuntime[" + config + "]";
    }
}
