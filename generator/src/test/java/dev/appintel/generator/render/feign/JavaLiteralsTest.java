package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import dev.appintel.generator.render.RenderException;
import org.junit.jupiter.api.Test;

class JavaLiteralsTest {

    @Test
    void escapesStringsSoThatNothingBreaksTheSource() {
        assertThat(JavaLiterals.string("a\"b\\u002a\n\u0001é")).isEqualTo("\"a\\\"b\\\\u002a\\n\\u0001é\"");
    }

    @Test
    void writesScalarsAsLiteralsOfTheirJavaType() {
        assertThat(JavaLiterals.of(ScalarKind.INT32, "10")).isEqualTo("10");
        assertThat(JavaLiterals.of(ScalarKind.INT64, "10")).isEqualTo("10L");
        assertThat(JavaLiterals.of(ScalarKind.NUMBER, "1.5")).isEqualTo("1.5d");
        assertThat(JavaLiterals.of(ScalarKind.BOOLEAN, "true")).isEqualTo("true");
        assertThat(JavaLiterals.of(ScalarKind.STRING, "9:16")).isEqualTo("\"9:16\"");
    }

    @Test
    void rejectsAValueThatDoesNotFitItsKind() {
        assertThatThrownBy(() -> JavaLiterals.of(ScalarKind.INT32, "ten"))
                .isInstanceOf(RenderException.class).hasMessageContaining("'ten' is not a valid INT32 value");
        assertThatThrownBy(() -> JavaLiterals.of(ScalarKind.BOOLEAN, "yes")).isInstanceOf(RenderException.class);
    }
}
