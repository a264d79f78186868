package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryKeysTest {

    @Test
    void keepsOnlyUnreservedCharacters() {
        assertThat(QueryKeys.encode("app_ids")).isEqualTo("app_ids");
        assertThat(QueryKeys.encode("a-b.c_d~e")).isEqualTo("a-b.c_d~e");
        assertThat(QueryKeys.encode("publisher_ids[]")).isEqualTo("publisher_ids%5B%5D");
        assertThat(QueryKeys.encode("x y&z=é")).isEqualTo("x%20y%26z%3D%C3%A9");
    }
}
