package dev.appintel.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.MockServerConfig;
import dev.appintel.mock.api.ApiRoutes;
import dev.appintel.mock.api.ApiShapes;
import dev.appintel.mock.data.ResponseSynthesizer;
import dev.appintel.mock.data.Universe;
import dev.appintel.runtime.OperationSpec;
import dev.appintel.runtime.QueryString;
import dev.appintel.runtime.RequestBinder;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body written value by value as it is made up (what the server sends) is the JSON of the tree
 * the synthesizer builds for the same request, for every operation and every {@code os} it
 * accepts, with each value of its enum parameters.
 */
class WrittenBodiesTest {

    private final ResponseSynthesizer synthesizer = new ResponseSynthesizer(ApiShapes::named,
            new Universe(MockServerConfig.defaults().seed(), MockServerConfig.defaults().today()));

    @Test
    void aWrittenBodyIsTheJsonOfItsTree() throws Exception {
        int compared = 0;
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            OperationSpec route = ApiRoutes.all().stream().filter(candidate -> candidate.operationId().equals(operation.operationId()))
                    .findFirst().orElseThrow();
            List<String> systems = operation.osValues().isEmpty() ? List.of("") : operation.osValues();
            for (String os : systems) {
                for (Map<String, String> query : queries(operation, os)) {
                    compared++;
                    RequestBinder.Binding binding = RequestBinder.bind(route, os.isEmpty() ? Map.of() : Map.of("os", os),
                            QueryString.parse(ValidRequests.rawQuery(query), 1_000), Map.of());
                    assertThat(binding.problems()).as(operation.operationId() + " " + query).isEmpty();
                    String tree = new String(Json.bytes(synthesizer.body(route, binding.request())), StandardCharsets.UTF_8);
                    String written = new String(Json.bytes(out -> synthesizer.write(route, binding.request(), out)),
                            StandardCharsets.UTF_8);
                    assertThat(written).as(operation.operationId() + " " + os + " " + query).isEqualTo(tree);
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    /** A valid request, and one more for each value of its period parameter. */
    private static List<Map<String, String>> queries(SpecDocument.Operation operation, String os) {
        List<Map<String, String>> queries = new ArrayList<>();
        queries.add(ValidRequests.query(operation, os));
        ValidRequests.periodValues(operation).forEach((name, values) -> values.forEach(value -> {
            Map<String, String> query = new LinkedHashMap<>(ValidRequests.query(operation, os));
            query.put(name, value);
            queries.add(query);
        }));
        return queries;
    }
}
