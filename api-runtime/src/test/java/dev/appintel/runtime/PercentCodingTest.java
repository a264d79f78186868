package dev.appintel.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.runtime.PercentCoding.Component;
import org.junit.jupiter.api.Test;

/** Strict percent-encoding, both ways. */
class PercentCodingTest {

    @Test
    void aPathKeepsItsEncodedSlashesAndItsPlus() throws Exception {
        assertThat(PercentCoding.decode("/v1/%69os/a%2Fb+c", 0, 17, Component.PATH)).isEqualTo("/v1/ios/a%2Fb+c");
        assertThat(PercentCoding.decode("a%2Fb+c", 0, 7, Component.QUERY)).isEqualTo("a/b c");
    }

    @Test
    void malformedEscapesAndRawControlBytesAreRefusedSayingWhy() {
        assertThatThrownBy(() -> PercentCoding.decode("/v1/%", 0, 5, Component.PATH))
                .isInstanceOf(PercentCoding.MalformedException.class)
                .hasMessage("'%' is not a percent-encoded byte (% must be followed by two hexadecimal digits)");
        assertThatThrownBy(() -> PercentCoding.decode("a\u0001", 0, 2, Component.QUERY))
                .hasMessage("the raw control byte 0x01 must be percent-encoded");
    }

    @Test
    void encodingLeavesOnlyUnreservedCharactersRawAndDecodesBack() throws Exception {
        String text = "a-b.c_d~e ,&=+/?#%\u00e9\u4e2d\ud83d\ude00";
        String encoded = PercentCoding.encode(text);

        assertThat(encoded).matches("[A-Za-z0-9._~%-]*")
                .startsWith("a-b.c_d~e%20%2C%26%3D%2B%2F%3F%23%25%C3%A9");
        assertThat(PercentCoding.decode(encoded, 0, encoded.length(), Component.QUERY)).isEqualTo(text);
        assertThat(PercentCoding.encode("plain")).isSameAs("plain");
    }

    @Test
    void queryKeysKeepOnlyUnreservedCharacters() {
        assertThat(PercentCoding.encode("app_ids")).isEqualTo("app_ids");
        assertThat(PercentCoding.encode("a-b.c_d~e")).isEqualTo("a-b.c_d~e");
        assertThat(PercentCoding.encode("publisher_ids[]")).isEqualTo("publisher_ids%5B%5D");
        assertThat(PercentCoding.encode("x y&z=\u00e9")).isEqualTo("x%20y%26z%3D%C3%A9");
    }

    @Test
    void aMessageShowsRawBytesEncodedAndCutsLongText() {
        assertThat(PercentCoding.shown("a\u0000\u00ffb")).isEqualTo("a%00%FFb");
        assertThat(PercentCoding.shown("x".repeat(150))).isEqualTo("x".repeat(100) + "...");
    }
}
