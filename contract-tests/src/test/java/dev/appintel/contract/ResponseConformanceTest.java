package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.junit.MockServerExtension;
import dev.appintel.mock.junit.MockServerUrl;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Response conformance: every operation x every {@code os} it accepts x every value of its period
 * parameter (granularity, time period or period), sent to the mock; every answer is a 200 whose
 * body validates against the operation's schema in the spec (networknt validator, OpenAPI 3.0
 * dialect, formats asserted), read from the spec as written rather than from generated code.
 */
@ExtendWith(MockServerExtension.class)
class ResponseConformanceTest {

    private static final SchemaValidator VALIDATOR = new SchemaValidator();

    @Test
    void theMatrixCoversEveryOperation() {
        assertThat(SpecDocument.operations()).isNotEmpty();
        assertThat(matrix().stream().map(request -> request.operation().operationId()).distinct())
                .containsExactlyInAnyOrderElementsOf(SpecDocument.operations().stream().map(SpecDocument.Operation::operationId).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerOfTheMatrixValidatesAgainstTheSpec(@MockServerUrl URI base) {
        return matrix().stream().map(request -> DynamicTest.dynamicTest(request.name(), () -> {
            HttpResponse<String> response = Http.get(base, request.uri());
            assertThat(response.statusCode()).as(request.uri() + "\n" + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(VALIDATOR.validate(request.operation().successSchema(), response.body()))
                    .as(request.uri() + "\n" + response.body()).isEmpty();
        }));
    }

    /** One request of the matrix. */
    record Request(String name, SpecDocument.Operation operation, String uri) {
    }

    static List<Request> matrix() {
        List<Request> requests = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            List<String> systems = operation.osValues().isEmpty() ? List.of("") : operation.osValues();
            for (String os : systems) {
                Map<String, String> valid = ValidRequests.query(operation, os);
                Map<String, List<String>> periods = ValidRequests.periodValues(operation);
                String label = operation.operationId() + (os.isEmpty() ? "" : " " + os);
                if (periods.isEmpty()) {
                    requests.add(new Request(label, operation, ValidRequests.uri(operation, os, valid, FakeToken.VALUE)));
                    continue;
                }
                periods.forEach((parameter, values) -> values.forEach(value -> {
                    Map<String, String> query = new LinkedHashMap<>(valid);
                    query.put(parameter, value);
                    requests.add(new Request(label + " " + parameter + "=" + value, operation,
                            ValidRequests.uri(operation, os, query, FakeToken.VALUE)));
                }));
            }
        }
        return requests;
    }
}
