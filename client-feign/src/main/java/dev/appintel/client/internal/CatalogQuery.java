package dev.appintel.client.internal;

import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.QueryString;
import dev.appintel.runtime.QueryValues;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one path of query parameters: written from the catalog and the call's arguments, encoded
 * once by the runtime's {@link QueryString}. A single value is {@code name=value}; a list the
 * catalog marks {@link Param.Encoding#COMMA_JOINED} is one key with its items joined by raw commas
 * ({@code app_ids=com.a.b%2Cc,com.d.e}), unless an item holds a comma and the parameter has an
 * exploded alias, which then carries one item per key; a {@link Param.Encoding#REPEATED} list is
 * one key per item. Absent values and empty lists are left out.
 *
 * <p>Feign cannot write a raw comma between values (it splits what an expander returns at commas),
 * so the runtime hands Feign no query argument at all and this interceptor adds the written query
 * to the request. Feign gives interceptors no access to the arguments; it runs them on the calling
 * thread, so {@link #sending} hands the query over on that thread.
 */
public final class CatalogQuery implements RequestInterceptor {

    private static final ThreadLocal<Map<String, List<String>>> PENDING = new ThreadLocal<>();

    /**
     * The query of a call, by encoded key with its encoded values, in argument order.
     *
     * @param operation the operation
     * @param args      the call's arguments, already validated
     * @return the query
     */
    public static Map<String, List<String>> write(MethodBinding operation, Object[] args) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            Param param = operation.param(i);
            if (param.location() != Param.Location.QUERY || args[i] == null) {
                continue;
            }
            List<String> items = texts(args[i]);
            if (items.isEmpty()) {
                continue;
            }
            switch (param.encoding()) {
                case SINGLE -> add(query, param.name(), QueryString.encode(items.get(0)));
                case REPEATED -> items.forEach(item -> add(query, param.name(), QueryString.encode(item)));
                case COMMA_JOINED -> {
                    if (param.explodedAlias().isPresent() && items.stream().anyMatch(item -> item.contains(","))) {
                        items.forEach(item -> add(query, param.explodedAlias().get(), QueryString.encode(item)));
                    } else {
                        add(query, param.name(), QueryString.joinItems(items));
                    }
                }
            }
        }
        return query;
    }

    /**
     * The call's arguments as Feign gets them: query arguments {@code null}, so that Feign writes
     * the path only.
     *
     * @param operation the operation
     * @param args      the call's arguments
     * @return a copy without the query arguments
     */
    public static Object[] pathOnly(MethodBinding operation, Object[] args) {
        Object[] path = args.clone();
        for (int i = 0; i < path.length; i++) {
            if (operation.param(i).location() == Param.Location.QUERY) {
                path[i] = null;
            }
        }
        return path;
    }

    /**
     * Runs {@code send} with {@code query} for this interceptor to add.
     *
     * @param query the written query
     * @param send  the Feign call, made on this thread
     * @param <T>   its result
     * @return its result
     */
    public static <T> T sending(Map<String, List<String>> query, Supplier<T> send) {
        PENDING.set(query);
        try {
            return send.get();
        } finally {
            PENDING.remove();
        }
    }

    @Override
    public void apply(RequestTemplate template) {
        Map<String, List<String>> query = PENDING.get();
        if (query != null) {
            query.forEach((key, values) -> template.query(key, values));
        }
    }

    private static List<String> texts(Object value) {
        Collection<?> values = value instanceof Collection<?> list ? list : List.of(value);
        List<String> texts = new ArrayList<>();
        values.forEach(item -> texts.add(QueryValues.format(item)));
        return texts;
    }

    private static void add(Map<String, List<String>> query, String name, String encodedValue) {
        query.computeIfAbsent(QueryString.encode(name), key -> new ArrayList<>()).add(encodedValue);
    }
}
