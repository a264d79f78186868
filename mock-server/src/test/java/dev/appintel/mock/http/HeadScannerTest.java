package dev.appintel.mock.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadScannerTest {

    private static final String GET = "GET /v1/ios/apps?app_ids=1&auth_token=t HTTP/1.1\r\nHost: a\r\n\r\n";
    private static final String POST = "POST /__admin/scenarios HTTP/1.1\r\nHost: a\r\nContent-Length: 12\r\n\r\n{\"a\":\"GET \"}";
    private static final String BARE_LF = "GET /docs HTTP/1.0\nUser-Agent: x\n\n";

    @Test
    void headsThatArriveWholePassWhole() {
        String stream = GET + POST + BARE_LF + GET;
        HeadScanner scanner = new HeadScanner();

        assertThat(scanner.scan(buffer(stream), 0, stream.length())).isEqualTo(stream.length());
        assertThat(scanner.inHead()).isFalse();
        assertThat(scanner.refusal()).isNull();
    }

    @Test
    void aHeadIsPassableOnlyOnceItHasEndedWhereverTheBytesAreCut() {
        String stream = GET + POST + BARE_LF + GET;
        List<Integer> requestEnds = List.of(GET.length(), GET.length() + POST.length(),
                GET.length() + POST.length() + BARE_LF.length(), stream.length());
        for (int cut = 1; cut < stream.length(); cut++) {
            HeadScanner scanner = new HeadScanner();
            ByteBuffer bytes = buffer(stream);

            int first = scanner.scan(bytes, 0, cut);
            int second = scanner.scan(bytes, cut, stream.length());

            assertThat(first).as("cut at %d", cut).isEqualTo(passableBefore(cut, requestEnds));
            assertThat(second).as("cut at %d", cut).isEqualTo(stream.length());
            assertThat(scanner.refusal()).as("cut at %d", cut).isNull();
        }
    }

    @Test
    void aRefusalIsTheSameWhereverTheBytesAreCut() {
        String stream = GET + "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n";
        for (int cut = 1; cut < stream.length(); cut++) {
            HeadScanner scanner = new HeadScanner();
            ByteBuffer bytes = buffer(stream);

            int passed = scanner.scan(bytes, 0, cut);
            if (scanner.refusal() == null) {
                int second = scanner.scan(bytes, cut, stream.length());
                passed = second > cut ? second : passed;
            }

            assertThat(scanner.refusal()).as("cut at %d", cut)
                    .isEqualTo(new HeadRefusal(400, "The request target holds a space at byte 3: percent-encode it as %20"));
            assertThat(passed).as("the valid head before it passes, the refused one not; cut at %d", cut)
                    .isEqualTo(GET.length());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            space in target      | GET /a?x=1 2 HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n  | 400 | The request target holds a space at byte 7: percent-encode it as %20
            tab in target        | GET /a?x=1\\t2 HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n  | 400 | The request target holds a tab at byte 7: percent-encode it as %09
            no version           | GET /a\\r\\nHost: a\\r\\n\\r\\n                | 400 | The request line ends after the target, without an HTTP version (a line break inside the target must be percent-encoded: %0D, %0A)
            empty target         | GET  HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n          | 400 | The request line has two spaces after the method and no target
            newer version        | GET /a HTTP/2.0\\r\\nHost: a\\r\\n\\r\\n        | 505 | HTTP version HTTP/2.0 is not supported: send HTTP/1.1
            garbage version      | GET /a HTTP/one\\r\\nHost: a\\r\\n\\r\\n        | 400 | Invalid HTTP version 'HTTP/one': the request line ends in HTTP/1.1
            method byte          | G{T /a HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n        | 400 | Invalid method G: byte 0x7B after it; the request line is METHOD SP TARGET SP HTTP/1.1
            leading empty line   | \\r\\nGET /a HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n  | 400 | The request starts with an empty line instead of a request line
            binary               | \\u0001GET /a HTTP/1.1\\r\\n\\r\\n             | 400 | The request does not start with an HTTP method: byte 0x01
            TLS                  | \\u0016\\u0003\\u0001\\u0002                    | 400 | The request is not HTTP: it looks like a TLS handshake, and the mock speaks plain HTTP
            bare CR              | GET /a HTTP/1.1\\rHost: a\\r\\n\\r\\n           | 400 | The request line ends in a CR without LF
            no colon             | GET /a HTTP/1.1\\r\\nHost\\r\\n\\r\\n           | 400 | Header line 1 (host) has no colon
            space before colon   | GET /a HTTP/1.1\\r\\nHost : a\\r\\n\\r\\n       | 400 | Header host is followed by whitespace instead of a colon
            folded line          | GET /a HTTP/1.1\\r\\nHost: a\\r\\n b\\r\\n\\r\\n | 400 | Header line 2 starts with whitespace: obsolete line folding is not accepted
            control byte         | GET /a HTTP/1.1\\r\\nHost: a\\u0000\\r\\n\\r\\n | 400 | Header host holds the control byte 0x00 in its value
            name byte            | GET /a HTTP/1.1\\r\\nHo(st: a\\r\\n\\r\\n       | 400 | Header line 1: byte 0x28 in the header name ho
            no host              | GET /a HTTP/1.1\\r\\nAccept: */*\\r\\n\\r\\n    | 400 | An HTTP/1.1 request needs a Host header
            two hosts            | GET /a HTTP/1.1\\r\\nHost: a\\r\\nHost: b\\r\\n\\r\\n | 400 | More than one Host header
            bad length           | GET /a HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: -1\\r\\n\\r\\n | 400 | Invalid Content-Length '-1': it must be a number of bytes
            two lengths          | GET /a HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 1\\r\\nContent-Length: 2\\r\\n\\r\\n | 400 | More than one Content-Length header
            two codings lines    | GET /a HTTP/1.1\\r\\nHost: a\\r\\nTransfer-Encoding: gzip\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n | 400 | More than one Transfer-Encoding header: list the codings in one
            host with space      | GET /a HTTP/1.1\\r\\nHost: a b\\r\\n\\r\\n | 400 | Invalid Host header: the host name holds the character 0x20, which must be percent-encoded
            host with user       | GET /a HTTP/1.1\\r\\nHost: u@a\\r\\n\\r\\n | 400 | Invalid Host header: the host name holds the character 0x40, which must be percent-encoded
            host bad escape      | GET /a HTTP/1.1\\r\\nHost: a%4\\r\\n\\r\\n | 400 | Invalid Host header: % in the host name must be followed by two hexadecimal digits
            host port            | GET /a HTTP/1.1\\r\\nHost: a:99999\\r\\n\\r\\n | 400 | Invalid Host header: the port must be a number from 1 to 65535
            host empty port      | GET /a HTTP/1.1\\r\\nHost: a:\\r\\n\\r\\n | 400 | Invalid Host header: the port must be a number from 1 to 65535
            host open literal    | GET /a HTTP/1.1\\r\\nHost: [::1\\r\\n\\r\\n | 400 | Invalid Host header: the IP literal has no closing ]
            host bad literal     | GET /a HTTP/1.1\\r\\nHost: [1::2::3]\\r\\n\\r\\n | 400 | Invalid Host header: the IP literal is not an IPv6 address
            host not the target | GET http://b/a HTTP/1.1\\r\\nHost: a\\r\\n\\r\\n | 400 | The Host header does not name the host of the request target
            length and chunked   | GET /a HTTP/1.1\\r\\nHost: a\\r\\nContent-Length: 1\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n | 400 | Both Content-Length and Transfer-Encoding: send one of them
            unknown coding       | GET /a HTTP/1.1\\r\\nHost: a\\r\\nTransfer-Encoding: gzip\\r\\n\\r\\n | 400 | Transfer-Encoding 'gzip' is not supported: its last coding must be chunked
            """)
    void malformedHeadsAreRefusedNamingWhatIsWrong(String name, String head, int status, String message) {
        String bytes = unescaped(head);
        HeadScanner scanner = new HeadScanner();

        int passable = scanner.scan(buffer(bytes), 0, bytes.length());

        assertThat(scanner.refusal()).isEqualTo(new HeadRefusal(status, message));
        assertThat(passable).isZero();
    }

    @Test
    void limitsAreAnsweredWithTheirOwnStatus() {
        String longTarget = "GET /a?x=" + "1".repeat(HeadScanner.MAX_TARGET_BYTES) + " HTTP/1.1\r\nHost: a\r\n\r\n";
        String bigFields = "GET /a HTTP/1.1\r\nHost: a\r\nX: " + "1".repeat(HeadScanner.MAX_FIELD_BYTES) + "\r\n\r\n";
        String manyFields = "GET /a HTTP/1.1\r\nHost: a\r\n" + "X: 1\r\n".repeat(HeadScanner.MAX_FIELDS) + "\r\n";

        assertThat(refusalOf(longTarget)).isEqualTo(new HeadRefusal(414,
                "Request target too long: more than 65536 bytes; the limit is 65536"));
        assertThat(refusalOf(bigFields)).isEqualTo(new HeadRefusal(431,
                "Request header fields too large: more than 65536 bytes; the limit is 65536"));
        assertThat(refusalOf(manyFields)).isEqualTo(new HeadRefusal(431,
                "Request header fields too large: more than 100 header lines"));
        assertThat(refusalOf("GET /a?x=" + "1".repeat(HeadScanner.MAX_TARGET_BYTES - 8) + " HTTP/1.1\r\nHost: a\r\n\r\n"))
                .as("a target of exactly the limit").isNull();
    }

    @Test
    void hostsOfEveryFormPass() {
        for (String host : new String[] {"", "127.0.0.1", "127.0.0.1:4010", "[::1]", "[::1]:4010", "[v1.x:y]",
            "api.example.com", "my_host.local", "a%41b"}) {
            assertThat(refusalOf("GET /a HTTP/1.1\r\nHost: " + host + "\r\n\r\n")).as(host).isNull();
        }
        assertThat(refusalOf("GET http://api.example.com:80/a HTTP/1.1\r\nHost: api.example.com\r\n\r\n")).isNull();
    }

    @Test
    void aChunkedBodyLeavesTheRestOfTheConnectionUnchecked() {
        String stream = "POST /__admin/scenarios HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\nGET /a b HTTP/1.1\r\n\r\n";
        HeadScanner scanner = new HeadScanner();

        assertThat(scanner.scan(buffer(stream), 0, stream.length())).isEqualTo(stream.length());
        assertThat(scanner.refusal()).isNull();
    }

    private static HeadRefusal refusalOf(String head) {
        HeadScanner scanner = new HeadScanner();
        scanner.scan(buffer(head), 0, head.length());
        return scanner.refusal();
    }

    /** What the scanner should pass of the first {@code cut} bytes: whole requests, and a body's bytes. */
    private static int passableBefore(int cut, List<Integer> requestEnds) {
        int passable = 0;
        for (int end : requestEnds) {
            if (end <= cut) {
                passable = end;
            }
        }
        int postHeadEnd = GET.length() + POST.indexOf("\r\n\r\n") + 4;
        if (cut >= postHeadEnd && cut < GET.length() + POST.length()) {
            passable = cut; // inside the POST's body, which passes as it comes
        }
        return passable;
    }

    private static ByteBuffer buffer(String text) {
        ByteBuffer direct = ByteBuffer.allocateDirect(text.length());
        direct.put(text.getBytes(ISO_8859_1)).clear();
        return direct;
    }

    /** The CSV's escapes: {@code \r}, {@code \n}, {@code \t} and {@code \}{@code uXXXX}. */
    private static String unescaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                char escaped = text.charAt(i + 1);
                out.append(escaped == 'r' ? '\r' : escaped == 't' ? '\t' : '\n');
                i++;
            }
        }
        return out.toString();
    }
}
