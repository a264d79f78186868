package dev.appintel.runtime;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The request builders' check of required parameters. */
class RequiredParametersTest {

    @Test
    void nullAndAnEmptyListAreMissingByWireName() {
        assertThatThrownBy(() -> RequiredParameters.check(null, "app_ids")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the required parameter app_ids is missing");
        assertThatThrownBy(() -> RequiredParameters.check(List.of(), "app_ids")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the required parameter app_ids is an empty list");
        assertThatCode(() -> RequiredParameters.check(List.of("1"), "app_ids")).doesNotThrowAnyException();
    }
}
