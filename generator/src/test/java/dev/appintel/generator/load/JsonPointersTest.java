package dev.appintel.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointersTest {

    @Test
    void escapesTildeBeforeSlash() {
        assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(JsonPointers.unescape("a~1b~0c")).isEqualTo("a/b~c");
        assertThat(JsonPointers.unescape("~01")).isEqualTo("~1");
    }

    @Test
    void buildsAndTakesApartPointers() {
        String operation = JsonPointers.child(JsonPointers.child("/paths", "/v1/{os}/apps"), "get");

        assertThat(operation).isEqualTo("/paths/~1v1~1{os}~1apps/get");
        assertThat(JsonPointers.child(operation + "/parameters", 1)).isEqualTo(operation + "/parameters/1");
        assertThat(JsonPointers.parent(operation)).isEqualTo("/paths/~1v1~1{os}~1apps");
        assertThat(JsonPointers.parent("/paths")).isEmpty();
        assertThat(JsonPointers.parent("")).isEmpty();
        assertThat(JsonPointers.lastSegment("/paths/~1v1~1{os}~1apps")).isEqualTo("/v1/{os}/apps");
        assertThat(JsonPointers.segments(operation)).containsExactly("paths", "/v1/{os}/apps", "get");
        assertThat(JsonPointers.segments("")).isEmpty();
        assertThat(JsonPointers.segments("/")).containsExactly("");
    }
}
