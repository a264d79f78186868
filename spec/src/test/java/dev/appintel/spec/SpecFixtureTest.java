package dev.appintel.spec;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecFixtureTest {

    @Test
    void textThatIsNotYamlFailsAtItsLineAndColumn() {
        assertThatThrownBy(() -> SpecFixture.readYaml("spec.yaml", "openapi: 3.0.3\ninfo: [unclosed\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spec.yaml:2:16: not valid YAML: while parsing a flow sequence in 'reader', line 2, "
                        + "column 7: expected ',' or ']', but got <stream end> in 'reader', line 3, column 1:");
    }
}
