package dev.appintel.mock.data;

import dev.appintel.runtime.Param;
import dev.appintel.runtime.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The arithmetic of a paged operation ({@code x-appintel-pagination}): a total that depends on the
 * query but not on the page, and the rows of the requested page, {@code min(limit, total - (page -
 * first) * limit)} of them, each bound to the requested apps, networks, ad types and countries in turn.
 */
final class Pages {

    private static final long DEFAULT_LIMIT = 10;

    private final RequestFacts request;

    Pages(RequestFacts request) {
        this.request = request;
    }

    /** The total number of items over all pages. */
    long total() {
        List<Object> query = new ArrayList<>();
        for (Dimension dimension : List.of(Dimension.APP, Dimension.NETWORK, Dimension.AD_TYPE, Dimension.COUNTRY)) {
            query.add(request.values(dimension));
        }
        query.add(request.start().map(Object.class::cast).orElse(""));
        return request.universe().hash("page-total", query).range(0, 150);
    }

    /** What binds each row of the requested page, in order. */
    List<UnaryOperator<Scope>> rows() {
        Rules.Pagination pagination = request.route().rules().pagination().orElseThrow();
        long limit = request.request().integer(pagination.limit()).orElseGet(() -> smallestAllowed(pagination.limit()));
        long page = request.request().integer(pagination.page()).orElse((long) pagination.firstPage());
        long first = (page - pagination.firstPage()) * limit;
        long count = Math.max(0, Math.min(limit, total() - first));
        List<UnaryOperator<Scope>> rows = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long index = first + i;
            rows.add(scope -> bind(scope.row((int) index), index));
        }
        return rows;
    }

    private Scope bind(Scope scope, long index) {
        Scope bound = scope;
        for (Dimension dimension : List.of(Dimension.APP, Dimension.NETWORK, Dimension.AD_TYPE, Dimension.COUNTRY)) {
            List<String> values = request.values(dimension);
            if (!values.isEmpty()) {
                bound = bound.bind(dimension, values.get((int) (index % values.size())));
            }
        }
        return bound;
    }

    private long smallestAllowed(String limitParameter) {
        return request.route().param(limitParameter).map(Param::allowedValues).filter(values -> !values.isEmpty())
                .map(values -> values.stream().mapToLong(Long::parseLong).min().orElse(DEFAULT_LIMIT))
                .orElse(DEFAULT_LIMIT);
    }
}
