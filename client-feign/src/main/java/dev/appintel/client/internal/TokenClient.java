package dev.appintel.client.internal;

import dev.appintel.client.support.OperationCatalog;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.QueryString;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Adds the API token to each request as it leaves, and nowhere else: the URL Feign builds, logs,
 * retries and puts into exceptions never holds it, so the token is sent exactly once per request
 * whatever the interceptors or retries, and cannot be printed by them. It goes where the
 * request's operation says (its own security requirement's key, else the API's): in the query, in
 * a header, or nowhere for an operation that needs none. I/O errors of the wrapped client are
 * redacted before they travel further.
 */
public final class TokenClient implements Client {

    private final Client delegate;
    private final Function<Request, Optional<ApiKey>> keys;
    private final String secret;
    private final Redactor redactor;

    /**
     * @param delegate the client that sends
     * @param keys     the API key of a request's operation, empty when it needs none
     * @param secret   the token
     * @param redactor the redactor of that token
     */
    public TokenClient(Client delegate, Function<Request, Optional<ApiKey>> keys, String secret,
            Redactor redactor) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    /** The API key of a request's operation, as {@link OperationCatalog} has it. */
    public static Optional<ApiKey> catalogKey(Request request) {
        return Operations.of(request.requestTemplate()).map(MethodBinding::operationId).map(OperationCatalog::apiKey)
                .orElseGet(OperationCatalog::apiKey);
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Optional<ApiKey> key = keys.apply(request);
        Request authenticated = key.map(found -> withToken(request, found)).orElse(request);
        try {
            return delegate.execute(authenticated, options).toBuilder().request(request).build();
        } catch (IOException e) {
            throw redactor.redactError(e);
        }
    }

    private Request withToken(Request request, ApiKey key) {
        if (key.location() == Param.Location.HEADER) {
            Map<String, Collection<String>> headers = new LinkedHashMap<>(request.headers());
            headers.put(key.name(), List.of(secret));
            return Request.create(request.httpMethod(), request.url(), headers, request.body(), request.charset(),
                    request.requestTemplate());
        }
        return Request.create(request.httpMethod(), withToken(request.url(), key.name()), request.headers(),
                request.body(), request.charset(), request.requestTemplate());
    }

    /** The URL with the token parameter appended. */
    String withToken(String url, String keyName) {
        return url + (url.indexOf('?') < 0 ? "?" : "&") + QueryString.encode(keyName) + "=" + QueryString.encode(secret);
    }

    @Override
    public String toString() {
        return "TokenClient[" + delegate.getClass().getSimpleName() + "]";
    }
}
