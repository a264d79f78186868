package dev.appintel.mock;

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
 * Every operation of the spec, with every {@code os} it accepts: a valid request gets a 200 whose
 * body the spec's own schema accepts (checked by an independent validator), and leaving out any
 * required parameter gets a 422 naming it.
 */
@ExtendWith(MockServerExtension.class)
class EveryOperationTest {

    /** The token the requests send; the mock accepts any non-empty one by default. */
    private static final String TOKEN = "test-token";

    private static final SchemaValidator VALIDATOR = new SchemaValidator();

    @Test
    void theSpecHasOperationsToRequest() {
        assertThat(SpecDocument.operations()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> aValidRequestGetsABodyTheSchemaAccepts(@MockServerUrl URI base) {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            List<String> systems = operation.osValues().isEmpty() ? List.of("") : operation.osValues();
            for (String os : systems) {
                String uri = ValidRequests.uri(operation, os, ValidRequests.query(operation, os), TOKEN);
                tests.add(DynamicTest.dynamicTest(operation.operationId() + (os.isEmpty() ? "" : " " + os), () -> {
                    HttpResponse<String> response = Http.get(base, uri);
                    assertThat(response.statusCode()).as(uri + "\n" + response.body()).isEqualTo(200);
                    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
                    assertThat(VALIDATOR.validate(operation.successSchema(), response.body()))
                            .as(uri + "\n" + response.body()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> leavingOutARequiredParameterGets422NamingIt(@MockServerUrl URI base) {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpecDocument.Operation operation : SpecDocument.operations()) {
            String os = operation.osValues().isEmpty() ? "" : operation.osValues().get(0);
            Map<String, String> valid = ValidRequests.query(operation, os);
            operation.parameters().stream()
                    .filter(parameter -> parameter.path("required").asBoolean() && parameter.path("in").asText().equals("query"))
                    .map(parameter -> parameter.path("name").asText())
                    .forEach(name -> tests.add(DynamicTest.dynamicTest(operation.operationId() + " without " + name, () -> {
                        Map<String, String> query = new LinkedHashMap<>(valid);
                        query.remove(name);
                        HttpResponse<String> response = Http.get(base, ValidRequests.uri(operation, os, query, TOKEN));
                        assertThat(response.statusCode()).isEqualTo(422);
                        assertThat(response.body()).isEqualTo("{\"errors\":[{\"title\":\"Required parameter: " + name
                                + " is missing\"}]}");
                    })));
        }
        return tests.stream();
    }
}
