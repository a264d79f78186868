package dev.appintel.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.appintel.client.ClientMetrics;
import dev.appintel.client.error.AppIntelligenceException;
import dev.appintel.client.error.RequestTimeoutException;
import dev.appintel.client.error.ResponseDecodingException;
import dev.appintel.client.error.TransportException;
import dev.appintel.client.error.UnexpectedStatusException;
import dev.appintel.runtime.MethodBinding;
import feign.FeignException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request through a Feign target: calls the target's invocation handler directly (so that
 * the {@link Fetched} tree its decoder returns is not cast to the method's type) and turns Feign's
 * failures into the client's exceptions: I/O errors into {@link TransportException} (or
 * {@link RequestTimeoutException}), unreadable bodies into {@link ResponseDecodingException}.
 * Error statuses arrive already typed from {@link ErrorResponses}.
 */
public final class FeignCall {

    private final Object target;
    private final InvocationHandler handler;
    private final Redactor redactor;
    private final ClientMetrics metrics;

    /**
     * @param target   a Feign target of a generated interface, built with {@link TreeDecoder}
     * @param redactor the token's redactor
     * @param metrics where requests are reported
     */
    public FeignCall(Object target, Redactor redactor, ClientMetrics metrics) {
        this.target = Objects.requireNonNull(target, "target");
        this.handler = Proxy.getInvocationHandler(target);
        this.redactor = redactor;
        this.metrics = metrics;
    }

    /**
     * Sends one request: Feign writes the path from the arguments, {@link CatalogQuery} the query.
     *
     * @param binding the operation
     * @param method  the interface method
     * @param args    its arguments
     * @return the response
     * @throws AppIntelligenceException when it fails
     */
    public Fetched send(MethodBinding binding, Method method, Object[] args) {
        Map<String, List<String>> query = CatalogQuery.write(binding, args);
        Object[] pathOnly = CatalogQuery.pathOnly(binding, args);
        return CatalogQuery.sending(query, () -> send(binding.operationId(), method, pathOnly));
    }

    private Fetched send(String operation, Method method, Object[] args) {
        long start = System.nanoTime();
        try {
            Fetched fetched = (Fetched) handler.invoke(target, method, args);
            metrics.request(operation, Integer.toString(fetched.status()), since(start));
            return fetched;
        } catch (AppIntelligenceException e) {
            metrics.request(operation, e.status() == 0 ? "IO_ERROR" : Integer.toString(e.status()), since(start));
            throw e;
        } catch (FeignException e) {
            AppIntelligenceException failure = translate(operation, e);
            metrics.request(operation, failure.status() == 0 ? "IO_ERROR" : Integer.toString(failure.status()), since(start));
            throw failure;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(operation + ": unexpected " + e.getClass().getName(), e);
        }
    }

    private AppIntelligenceException translate(String operation, FeignException e) {
        String url = e.request() == null ? "" : redactor.redact(e.request().url());
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException) {
            return new ResponseDecodingException(e.status(), operation, url, redactor.redact(cause.getMessage()), cause);
        }
        if (cause instanceof InterruptedIOException || cause instanceof HttpTimeoutException) {
            return new RequestTimeoutException(operation, url, cause);
        }
        if (cause instanceof IOException) {
            return new TransportException(operation, url, cause);
        }
        if (e.status() >= 200 && e.status() < 300) {
            return new ResponseDecodingException(e.status(), operation, url, redactor.redact(e.getMessage()), e);
        }
        return new UnexpectedStatusException(e.status(), operation, url, redactor.redact(e.getMessage()));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
