package dev.appintel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An operation bound to a method whose arguments come in another order than the spec's parameters. */
class MethodBindingTest {

    private static final OperationSpec SPEC = new OperationSpec("getThings", "GET", PathTemplate.of("/v1/{os}/things"),
            "Things.", List.of(Param.of("os", Param.Location.PATH, ScalarKind.STRING),
                    Param.of("ids", Param.Location.QUERY, ScalarKind.STRING).encodedAs(Param.Encoding.COMMA_JOINED)),
            Rules.NONE, List.of());

    @Test
    void argumentsAreFoundByWireNameInArgumentOrder() {
        MethodBinding binding = new MethodBinding(SPEC, Runnable.class, "getThings", List.of("ids", "os"),
                List.of("ids", "os"));

        assertThat(binding.indexOf("os")).isEqualTo(1);
        assertThat(binding.param(0).name()).isEqualTo("ids");
        assertThat(binding.operationId()).isEqualTo("getThings");
        assertThatThrownBy(() -> binding.indexOf("limit")).hasMessage("getThings has no argument for 'limit'");
    }

    @Test
    void anArgumentForNoParameterIsRefused() {
        assertThatThrownBy(() -> new MethodBinding(SPEC, Runnable.class, "getThings", List.of("os", "limit"),
                List.of("os", "limit"))).hasMessage("getThings has no parameter 'limit'");
    }
}
