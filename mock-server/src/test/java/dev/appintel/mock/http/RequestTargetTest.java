package dev.appintel.mock.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict decoding of a raw query and path, whose chars are the bytes received. */
class RequestTargetTest {

    @Test
    void aQueryIsSplitAndDecoded() throws Exception {
        assertThat(RequestTarget.query("a=1&b=x+y%2B%C3%A9&a=2&flag&=lost&&c=1=2")).isEqualTo(Map.of(
                "a", List.of("1", "2"), "b", List.of("x y+\u00e9"), "flag", List.of(""), "c", List.of("1=2")));
    }

    @Test
    void rawUtf8BytesAreAcceptedAndOtherBytesRefused() throws Exception {
        assertThat(RequestTarget.query("country=\u00c3\u00a9")).isEqualTo(Map.of("country", List.of("\u00e9")));
        assertThatThrownBy(() -> RequestTarget.query("country=%C0%AF")).isInstanceOf(RequestTarget.Refused.class)
                .satisfies(e -> assertThat(new String(((RequestTarget.Refused) e).reply().body()))
                        .isEqualTo("{\"error\":\"Invalid query parameter country: '%C0%AF' is not UTF-8 once"
                                + " percent-decoded\"}"));
    }

    @Test
    void aPathKeepsItsEncodedSlashesAndPlus() throws Exception {
        assertThat(RequestTarget.decode("/v1/%69os/a%2Fb+c", 0, 17, false)).isEqualTo("/v1/ios/a%2Fb+c");
        assertThatThrownBy(() -> RequestTarget.decode("/v1/%", 0, 5, false)).isInstanceOf(RequestTarget.Malformed.class)
                .hasMessage("'%' is not a percent-encoded byte (% must be followed by two hexadecimal digits)");
    }

    @Test
    void aMessageShowsRawBytesEncodedAndCutsLongText() {
        assertThat(RequestTarget.shown("a\u0000\u00ffb")).isEqualTo("a%00%FFb");
        assertThat(RequestTarget.shown("x".repeat(150))).isEqualTo("x".repeat(100) + "...");
    }
}
