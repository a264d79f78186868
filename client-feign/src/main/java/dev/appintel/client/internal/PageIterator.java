package dev.appintel.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.client.error.AppIntelligenceException;
import dev.appintel.client.error.CallPart;
import dev.appintel.client.error.PartialResultException;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.QueryValues;
import dev.appintel.runtime.Rules.Pagination;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Fetches the pages of a paged operation lazily, one request (with its retries) per page: from the
 * page the caller asked for (the spec's first page by default), until a page is empty or
 * {@code (page - firstPage + 1) * limit >= total}. Without a {@code limit} argument the size of the
 * first page stands for it. A page that fails is a {@link PartialResultException} naming it.
 */
public final class PageIterator implements Iterator<Fetched> {

    private final OperationInvoker invoker;
    private final Method method;
    private final Object[] args;
    private final Pagination rule;
    private final int pageIndex;
    private long page;
    private long limit;
    private boolean done;

    /**
     * @param invoker   the client's handler of the method's interface
     * @param method    the paged method
     * @param operation its operation, which has a pagination rule
     * @param args      the caller's arguments
     */
    public PageIterator(OperationInvoker invoker, Method method, MethodBinding operation, Object[] args) {
        this.invoker = invoker;
        this.method = method;
        this.args = args.clone();
        this.rule = operation.spec().rules().pagination().orElseThrow(() -> new IllegalArgumentException(
                operation.operationId() + " is not paged"));
        this.pageIndex = operation.indexOf(rule.page());
        Object limitArg = args[operation.indexOf(rule.limit())];
        this.limit = limitArg == null ? 0 : Long.parseLong(QueryValues.format(limitArg));
        this.page = args[pageIndex] == null ? rule.firstPage() : Long.parseLong(QueryValues.format(args[pageIndex]));
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public Fetched next() {
        if (done) {
            throw new NoSuchElementException("no page after page " + (page - 1));
        }
        Object[] request = args.clone();
        request[pageIndex] = pageValue(page);
        Fetched fetched;
        try {
            fetched = invoker.fetch(method, request);
        } catch (AppIntelligenceException failure) {
            // the pages before were handed out already; name the page to start again from
            throw new PartialResultException(new CallPart(Math.toIntExact(page), 0, Map.of(rule.page(), request[pageIndex])),
                    failure, List.of(), List.of(), null);
        }
        JsonNode items = fetched.body().at(rule.items());
        if (limit == 0) {
            limit = items.size();
        }
        JsonNode total = fetched.body().at(rule.total());
        done = items.isEmpty() || !total.canConvertToLong() || (page - rule.firstPage() + 1) * limit >= total.asLong();
        page++;
        return fetched;
    }

    private Object pageValue(long number) {
        Class<?> type = method.getParameterTypes()[pageIndex];
        return type == Long.class || type == long.class ? Long.valueOf(number) : Integer.valueOf(Math.toIntExact(number));
    }
}
