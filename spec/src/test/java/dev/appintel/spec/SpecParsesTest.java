package dev.appintel.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

/** The spec parses cleanly as OpenAPI 3.0.3. */
class SpecParsesTest {

    private final SpecFixture spec = SpecFixture.get();

    @Test
    void parserReportsNoMessages() {
        assertThat(spec.parserMessages())
                .as("Swagger Parser messages for %s", spec.location())
                .isEmpty();
    }

    @Test
    void yieldsAnOpenApi303Document() {
        OpenAPI openApi = spec.openApi();
        assertThat(openApi).as("parsed model of %s", spec.location()).isNotNull();
        assertThat(openApi.getOpenapi()).isEqualTo("3.0.3");
    }
}
