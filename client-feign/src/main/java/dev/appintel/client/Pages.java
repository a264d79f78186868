package dev.appintel.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.client.internal.ClientRuntime;
import dev.appintel.client.internal.Fetched;
import dev.appintel.client.internal.Operations;
import dev.appintel.client.internal.RecordedCall;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The pages of a paged operation, fetched lazily: a page is requested only when the iteration
 * reaches it, and the iteration ends after the last page by the spec's rule (the total count and
 * the page size). Each iteration starts again from the first page asked for.
 *
 * @param <P> the page type, e.g. {@code CreativesPage}
 */
public final class Pages<P> implements Iterable<P> {

    private final ClientRuntime runtime;
    private final RecordedCall call;

    Pages(ClientRuntime runtime, RecordedCall call) {
        this.runtime = runtime;
        this.call = call;
        runtime.pages(call); // fails now, not on first use, when the operation is not paged
    }

    /**
     * The pages, one request each.
     *
     * @return a new iteration from the first page asked for
     */
    @Override
    public Iterator<P> iterator() {
        Iterator<Fetched> pages = runtime.pages(call);
        Type type = call.method().getGenericReturnType();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            @SuppressWarnings("unchecked")
            public P next() {
                return (P) runtime.convert(call, pages.next(), type);
            }
        };
    }

    /**
     * The pages as a sequential stream.
     *
     * @return a new stream from the first page asked for
     */
    public Stream<P> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /**
     * The items of every page, in order: the array the spec's pagination rule points at.
     *
     * @param type the item type, e.g. {@code AdUnit.class}
     * @param <T>  the item type
     * @return a new stream from the first page asked for
     */
    public <T> Stream<T> items(Class<T> type) {
        String pointer = Operations.of(call.method()).orElseThrow().spec().rules().pagination().orElseThrow().items();
        Iterator<Fetched> pages = runtime.pages(call);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .flatMap(page -> {
                    JsonNode items = page.body().at(pointer);
                    return StreamSupport.stream(items.spliterator(), false)
                            .map(item -> type.cast(runtime.convert(call, new Fetched(item, page.status(), page.url()), type)));
                });
    }
}
