package dev.appintel.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The default transport: Apache HttpClient 5 (classic, pooled connections, HTTP/1.1) with its
 * automatic retries and redirects turned off, so that every request the runtime makes is sent
 * exactly once and every failure reaches the runtime's retrier, its log and its metrics.
 *
 * <p>Why not {@code java.net.http.HttpClient}: it sends a {@code GET} a second time, unseen, when
 * the connection closes before any byte of the answer arrives (and when a connect is refused), and
 * no property turns that off for {@code GET} ({@code jdk.httpclient.enableAllMethodRetry} only
 * extends it to other methods); {@code HttpURLConnection} does the same.
 */
public final class ApacheTransport implements Client, AutoCloseable {

    /** A pooled connection idle this long is checked before reuse, so a closed one is not written to. */
    private static final TimeValue VALIDATE_AFTER_IDLE = TimeValue.ofSeconds(1);

    private final CloseableHttpClient http;

    /**
     * @param connectTimeout to open a connection
     * @param readTimeout    the default wait for data, replaced per request by Feign's options
     * @param connections    the most connections kept open and used at once
     */
    public ApacheTransport(Duration connectTimeout, Duration readTimeout, int connections) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.ofMilliseconds(connectTimeout.toMillis()))
                .setSocketTimeout(Timeout.ofMilliseconds(readTimeout.toMillis()))
                .setValidateAfterInactivity(VALIDATE_AFTER_IDLE)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connectionConfig)
                        .setMaxConnPerRoute(connections)
                        .setMaxConnTotal(connections)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpUriRequestBase message = new HttpUriRequestBase(request.httpMethod().name(), URI.create(request.url()));
        message.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(options.readTimeout(), options.readTimeoutUnit()))
                .setRedirectsEnabled(options.isFollowRedirects())
                .build());
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> message.addHeader(name, value));
            }
        });
        if (request.body() != null) {
            message.setEntity(new ByteArrayEntity(request.body(), contentType(request)));
        }
        ClassicHttpResponse response;
        try {
            response = http.executeOpen(null, message, null);
        } catch (NoHttpResponseException e) {
            // named as the JDK names it, so that the client's message says the connection was closed
            EOFException closed = new EOFException(e.getMessage());
            closed.initCause(e);
            throw closed;
        }
        return toFeign(request, response);
    }

    private static ContentType contentType(Request request) {
        return request.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(header -> header.getValue().stream()).findFirst()
                .map(ContentType::parse).orElse(null);
    }

    private static Response toFeign(Request request, ClassicHttpResponse response) throws IOException {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        Response.Builder feign = Response.builder().status(response.getCode()).reason(response.getReasonPhrase())
                .headers(headers).request(request);
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            response.close();
            return feign.build();
        }
        long length = entity.getContentLength();
        InputStream body = new ClosingStream(entity.getContent(), response);
        return feign.body(body, length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null).build();
    }

    /** Closes the pooled connections. */
    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    @Override
    public String toString() {
        return "ApacheTransport[retries off, redirects off]";
    }

    /** The body, which gives the connection back to the pool (or closes it) when closed. */
    private static final class ClosingStream extends FilterInputStream {

        private final ClassicHttpResponse response;

        ClosingStream(InputStream body, ClassicHttpResponse response) {
            super(body);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                response.close();
            }
        }
    }
}
