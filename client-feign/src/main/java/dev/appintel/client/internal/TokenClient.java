package dev.appintel.client.internal;

import dev.appintel.client.support.QueryValues;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Objects;

/**
 * Adds the API token to each request as it leaves, and nowhere else: the URL Feign builds, logs,
 * retries and puts into exceptions never holds it, so the token is sent exactly once per request
 * whatever the interceptors or retries, and cannot be printed by them. I/O errors of the wrapped
 * client are redacted before they travel further.
 */
public final class TokenClient implements Client {

    private final Client delegate;
    private final String parameter;
    private final Redactor redactor;

    /**
     * @param delegate the client that sends
     * @param keyName  the token's query parameter, e.g. {@code auth_token}
     * @param secret   the token
     * @param redactor the redactor of that token
     */
    public TokenClient(Client delegate, String keyName, String secret, Redactor redactor) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.parameter = QueryValues.encode(keyName) + "=" + QueryValues.encode(secret);
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Request authenticated = Request.create(request.httpMethod(), withToken(request.url()), request.headers(),
                request.body(), request.charset(), request.requestTemplate());
        try {
            return delegate.execute(authenticated, options).toBuilder().request(request).build();
        } catch (IOException e) {
            throw redactor.redactError(e);
        }
    }

    /** The URL with the token parameter appended. */
    String withToken(String url) {
        return url + (url.indexOf('?') < 0 ? "?" : "&") + parameter;
    }

    @Override
    public String toString() {
        return "TokenClient[" + delegate.getClass().getSimpleName() + "]";
    }
}
