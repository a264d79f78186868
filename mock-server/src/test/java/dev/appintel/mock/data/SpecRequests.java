package dev.appintel.mock.data;

import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.api.ApiRoutes;
import dev.appintel.runtime.BoundRequest;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.QueryString;
import dev.appintel.runtime.RequestBinder;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid requests of the spec's operations, bound as the server binds them, for the data layer's tests. */
final class SpecRequests {

    /** A universe with the server's default seed and "today". */
    static final Universe UNIVERSE = new Universe(MockServerConfig.defaults().seed(), MockServerConfig.defaults().today());

    private SpecRequests() {
    }

    /** One valid request of an operation for one {@code os} (empty when it has none). */
    record Request(SpecDocument.Operation operation, String os, Map<String, String> query, OperationSpec route, BoundRequest bound) {

        RequestFacts facts(Universe universe) {
            return new RequestFacts(route, bound, universe);
        }

        /** The same request with one parameter replaced. */
        Request with(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            changed.put(name, value);
            return of(operation, os, changed);
        }
    }

    /** The valid request of every operation, for each {@code os} it accepts. */
    static List<Request> all() {
        List<Request> requests = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            for (String os : operation.osValues().isEmpty() ? List.of("") : operation.osValues()) {
                requests.add(of(operation, os, ValidRequests.query(operation, os)));
            }
        }
        return requests;
    }

    static Request of(SpecDocument.Operation operation, String os, Map<String, String> query) {
        OperationSpec route = ApiRoutes.all().stream().filter(candidate -> candidate.operationId().equals(operation.operationId()))
                .findFirst().orElseThrow();
        QueryString parameters;
        try {
            parameters = QueryString.parse(ValidRequests.rawQuery(query), 1_000);
        } catch (QueryString.MalformedQueryException e) {
            throw new IllegalArgumentException(operation.operationId() + " " + query, e);
        }
        RequestBinder.Binding binding = RequestBinder.bind(route, os.isEmpty() ? Map.of() : Map.of("os", os), parameters,
                Map.of());
        if (!binding.problems().isEmpty()) {
            throw new IllegalArgumentException(operation.operationId() + " " + query + ": " + binding.problems());
        }
        return new Request(operation, os, Map.copyOf(query), route, binding.request());
    }
}
