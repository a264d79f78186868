package dev.appintel.client;

import dev.appintel.client.api.Apis;
import dev.appintel.client.internal.ClientRuntime;
import dev.appintel.client.internal.RecordedCall;
import java.util.function.Function;

/**
 * The client of the App Intelligence API: one typed interface per tag of the spec, each method one
 * operation.
 *
 * <pre>{@code
 * try (AppIntelligence client = AppIntelligence.builder().token(System.getenv("APPINTEL_TOKEN")).build()) {
 *     AppsResponse apps = client.appOverview().getApps(OsIosAndroid.IOS, List.of("284882215"), null, null);
 * }
 * }</pre>
 *
 * <p>Every call is checked against the spec before it is sent ({@code InvalidRequestException}),
 * split when the spec says the API wants it split (id lists longer than an operation's per-call
 * limit, date ranges longer than the recommended segment) with the responses merged, retried on
 * 429, 5xx and I/O errors under the {@link RetryPolicy}, and fails with a subclass of
 * {@code AppIntelligenceException}. The token is added to each request as it leaves and appears in
 * no log, exception or {@code toString()}. A client is thread-safe; close it to stop the threads
 * of split calls.
 */
public final class AppIntelligence implements Apis, AutoCloseable {

    private final ClientRuntime runtime;

    AppIntelligence(ClientRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * A builder; only the token is required.
     *
     * @return a new builder
     */
    public static AppIntelligenceBuilder builder() {
        return new AppIntelligenceBuilder();
    }

    /**
     * The client of one generated interface; the accessors of {@link Apis} call this.
     *
     * @param type a generated interface, e.g. {@code AppOverviewApi.class}
     * @param <T>  the interface
     * @return its client, the same on every call
     * @throws IllegalArgumentException for any other interface
     */
    @Override
    public <T> T api(Class<T> type) {
        return runtime.proxy(type);
    }

    /**
     * The pages of a paged operation (one whose spec has {@code x-appintel-pagination}), fetched as the
     * iteration goes:
     * {@code client.pages(apis -> apis.creativeGallery().getCreatives(request)).items(AdUnit.class)}.
     *
     * @param firstPage calls exactly one paged operation; the call is recorded, not sent
     * @param <P>       the page type
     * @return the pages
     * @throws IllegalArgumentException when the lambda calls no operation, more than one, or one
     *                                  that is not paged
     */
    public <P> Pages<P> pages(Function<? super Apis, P> firstPage) {
        return new Pages<>(runtime, RecordedCall.of(firstPage));
    }

    /** Stops the threads of split calls; the client cannot split calls afterwards. */
    @Override
    public void close() {
        runtime.close();
    }

    /** The configuration, with the token redacted. */
    @Override
    public String toString() {
        return "AppIntelligence[" + runtime + "]";
    }
}
