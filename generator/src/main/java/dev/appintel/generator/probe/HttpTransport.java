package dev.appintel.generator.probe;

import dev.appintel.generator.Generator;
import dev.appintel.generator.model.ApiKey;
import dev.appintel.generator.model.ParameterLocation;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The JDK's HTTP client, one {@code GET} at a time, with the API key added where the spec says
 * (query or header) and a timeout on each request. Messages name the base URL and the request
 * with the token masked.
 */
final class HttpTransport implements Transport {

    private final HttpClient client;
    private final String baseUrl;
    private final Optional<ApiKey> apiKey;
    private final String token;
    private final Duration timeout;
    private final Redactor redactor;

    /**
     * @param baseUrl the service's base URL; the operations' paths are appended to it
     * @param apiKey  how the token is sent; without one, it is not sent
     * @param timeout the longest wait for a connection, and for each answer
     */
    HttpTransport(URI baseUrl, Optional<ApiKey> apiKey, String token, Duration timeout) {
        this.baseUrl = stripSlash(baseUrl.toString());
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.token = Objects.requireNonNull(token, "token");
        this.timeout = timeout;
        this.redactor = new Redactor(token);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Answer send(ProbeRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + target(request)))
                .timeout(timeout).header("Accept", "application/json")
                .header("User-Agent", "appintel-probe/" + Generator.version()).GET();
        apiKey.filter(key -> key.location() == ParameterLocation.HEADER).ifPresent(key -> builder.header(key.name(), token));
        apiKey.filter(key -> key.location() == ParameterLocation.COOKIE)
                .ifPresent(key -> builder.header("Cookie", key.name() + "=" + token));
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""), response.body());
        } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException e) {
            throw new ServiceUnreachableException("cannot reach " + redactor.redact(baseUrl) + ": " + reason(e), e);
        } catch (HttpTimeoutException e) {
            throw new CallFailedException("no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            if (e.getCause() instanceof ConnectException || e.getCause() instanceof UnresolvedAddressException) {
                throw new ServiceUnreachableException("cannot reach " + redactor.redact(baseUrl) + ": "
                        + reason(e.getCause()), e);
            }
            throw new CallFailedException(redactor.redact(reason(e)), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailedException("interrupted", e);
        }
    }

    /** The path and query, with the token when it travels in the query. */
    private String target(ProbeRequest request) {
        return request.target(apiKey.filter(key -> key.location() == ParameterLocation.QUERY)
                .map(key -> ProbeRequest.encode(key.name()) + "=" + ProbeRequest.encode(token)).orElse(""));
    }

    private static String reason(Throwable e) {
        if (e instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "connection timed out";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
