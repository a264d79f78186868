package dev.appintel.generator.render.feign;

import static dev.appintel.generator.render.feign.SampleParameters.path;
import static dev.appintel.generator.render.feign.SampleParameters.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.ParameterLocation;
import dev.appintel.generator.model.SourceLocation;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.RenderException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestLinesTest {

    private static final TypeRef STRING = new TypeRef.Scalar(TypeRef.ScalarKind.STRING);

    @Test
    void namesPlaceholdersAfterTheJavaParametersAndEncodesQueryKeys() {
        Operation operation = operation("/v1/{os}/apps/{app_id}", List.of(path("os", "os").build(),
                path("app_id", "appId").build(), query("publisher_ids[]", "publisherIds").repeated(STRING).build(),
                query("country", "country").build()));

        assertThat(RequestLines.of(operation))
                .isEqualTo("GET /v1/{os}/apps/{appId}?publisher_ids%5B%5D={publisherIds}&country={country}");
    }

    @Test
    void anOperationWithoutQueryParametersHasNoQuery() {
        assertThat(RequestLines.of(operation("/v1/cohorts", List.of()))).isEqualTo("GET /v1/cohorts");
    }

    @Test
    void aPlaceholderWithoutItsPathParameterFails() {
        assertThatThrownBy(() -> RequestLines.of(operation("/v1/{os}/apps", List.of(query("os", "os").build()))))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("getThing: the path /v1/{os}/apps has {os} but no path parameter of that name");
    }

    @Test
    void aPathParameterMissingFromThePathFails() {
        assertThatThrownBy(() -> RequestLines.of(operation("/v1/apps", List.of(path("os", "os").build()))))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("the path parameter 'os' does not appear in the path /v1/apps");
    }

    @Test
    void headerParametersAreNotSupported() {
        Parameter header = new Parameter("X-Trace", "xTrace", ParameterLocation.HEADER, false, STRING,
                Parameter.WireEncoding.SINGLE, dev.appintel.generator.model.Constraints.NONE, java.util.Optional.empty(),
                "", java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                SourceLocation.of("#/x"));

        assertThatThrownBy(() -> RequestLines.of(operation("/v1/apps", List.of(header))))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("does not support HEADER parameters: getThing has 'X-Trace'");
    }

    private static Operation operation(String path, List<Parameter> parameters) {
        return new Operation("getThing", "getThing", "GET", path, "T", "", "", parameters, List.of(),
                OperationRules.NONE, Optional.empty(), SourceLocation.of("#/paths"));
    }
}
