package dev.appintel.mock;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that a careless or hostile client sends, written by hand on a socket: each gets a JSON
 * answer in the API's error shape naming what is wrong, never an empty 400, a 5xx or a 1xx
 * without a final answer.
 */
class HostileRequestTest {

    private static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final String APPS = "/v1/ios/apps?auth_token=t&app_ids=";

    @Test
    void aMalformedPercentEncodingIsA400NamingTheParameter() {
        assertError(get(APPS + "%zz"), 400, "Invalid query parameter app_ids: '%zz' is not a percent-encoded byte"
                + " (% must be followed by two hexadecimal digits)");
        assertError(get(APPS + "1%"), 400, "Invalid query parameter app_ids: '%' is not a percent-encoded byte"
                + " (% must be followed by two hexadecimal digits)");
        assertError(get(APPS + "1&country=%u00e9"), 400, "Invalid query parameter country: '%u0' is not a"
                + " percent-encoded byte (% must be followed by two hexadecimal digits)");
        assertError(get(APPS + "1&c%zountry=US"), 400, "Invalid query parameter name c%zountry: '%zo' is not a"
                + " percent-encoded byte (% must be followed by two hexadecimal digits)");
    }

    @Test
    void bytesThatAreNotUtf8AreA400NamingTheParameter() {
        assertError(get(APPS + "1&country=%C3%28"), 400,
                "Invalid query parameter country: '%C3%28' is not UTF-8 once percent-decoded");
        assertError(get(APPS + "1&country=U\u00e9"), 400,
                "Invalid query parameter country: 'U%E9' is not UTF-8 once percent-decoded");
    }

    @Test
    void aRawControlByteIsA400NamingTheParameter() {
        assertError(get(APPS + "1\u0000"), 400,
                "Invalid query parameter app_ids: the raw control byte 0x00 must be percent-encoded");
        assertError(get(APPS + "1&country=U\u007fS"), 400,
                "Invalid query parameter country: the raw control byte 0x7F must be percent-encoded");
    }

    @Test
    void aRequestTargetOver64KiBIsA414() {
        RawHttp.Response response = get(APPS + "1".repeat(70_000));

        assertError(response, 414, "Request target too long: more than 65536 bytes; the limit is 65536");
    }

    @Test
    void headersOver64KiBAreA431() {
        RawHttp.Response response = get(APPS + "1", "X-Big: " + "b".repeat(70_000));

        assertError(response, 431, "Request header fields too large: more than 65536 bytes; the limit is 65536");
    }

    @Test
    void headsTheWebServerWouldRefuseEmptyGetJsonAnswers() {
        assertError(raw("GET /v1/ios/apps?app_ids=1 2&auth_token=t HTTP/1.1\r\nHost: a\r\n\r\n"), 400,
                "The request target holds a space at byte 23: percent-encode it as %20");
        assertError(raw("GET /v1/ios/apps?app_ids=1\n2 HTTP/1.1\r\nHost: a\r\n\r\n"), 400,
                "The request line ends after the target, without an HTTP version"
                        + " (a line break inside the target must be percent-encoded: %0D, %0A)");
        assertError(raw("GET /v1/ios/apps HTTP/2.0\r\nHost: a\r\n\r\n"), 505,
                "HTTP version HTTP/2.0 is not supported: send HTTP/1.1");
        assertError(raw("GET /v1/ios/apps HTTP/1.1\r\nHost : a\r\n\r\n"), 400,
                "Header host is followed by whitespace instead of a colon");
        assertError(raw("GET /v1/ios/apps HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n"), 400,
                "Header line 2 starts with whitespace: obsolete line folding is not accepted");
        assertError(raw("GET /v1/ios/apps HTTP/1.1\r\n\r\n"), 400, "An HTTP/1.1 request needs a Host header");
        assertError(raw("POST /__admin/scenarios HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n"), 400,
                "Invalid Content-Length 'x': it must be a number of bytes");
        assertError(raw("\u0016\u0003\u0001\u0000\u0001"), 400,
                "The request is not HTTP: it looks like a TLS handshake, and the mock speaks plain HTTP");
    }

    @Test
    void aRefusedHeadIsAnsweredAfterTheRequestsPipelinedBeforeIt() {
        String valid = "GET " + APPS + "284882215 HTTP/1.1\r\nHost: a\r\n\r\n";

        String answers = new String(RawHttp.exchangeRaw(server.port(),
                RawHttp.bytes(valid + valid + "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n" + valid)), ISO_8859_1);

        assertThat(Pattern.compile("HTTP/1\\.1 (\\d+)").matcher(answers).results().map(m -> m.group(1)))
                .as("the refused head closes the connection; what followed it is not read").containsExactly("200", "200", "400");
        assertThat(answers).endsWith("{\"error\":\"The request target holds a space at byte 3: percent-encode it as %20\"}");
    }

    @Test
    void aHeadSentInSmallPiecesIsAnsweredAsAWholeOne() throws Exception {
        byte[] request = RawHttp.bytes("GET " + APPS + "284882215 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.setTcpNoDelay(true);
            for (int i = 0; i < request.length; i += 5) {
                socket.getOutputStream().write(request, i, Math.min(5, request.length - i));
                socket.getOutputStream().flush();
                Thread.sleep(2);
            }
            String answer = new String(socket.getInputStream().readAllBytes(), ISO_8859_1);

            assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("\"app_id\":284882215");
        }
    }

    @Test
    void moreThanAThousandParametersIsA400() {
        String plain = "&a=1".repeat(1_000);
        String escaped = "&a=%31".repeat(1_000);

        assertError(get(APPS + "1" + plain), 400, "Invalid query: more than 1000 parameters");
        assertError(get(APPS + "1" + escaped), 400, "Invalid query: more than 1000 parameters");
        assertThat(get(APPS + "284882215" + "&a=1".repeat(990)).status()).isEqualTo(200);
    }

    @Test
    void aTargetWithoutAPathIsA400() {
        assertError(get("?auth_token=x"), 400, "Invalid request target '': the path must start with /");
        assertError(get("*"), 400, "Invalid request target '*': the path must start with /");
    }

    @Test
    void aMatrixParameterIsA422NamingThePath() {
        RawHttp.Response response = get("/v1/ios;x=1/apps?auth_token=t&app_ids=1");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(Bodies.read(response.body()).at("/errors/0/title").asText()).isEqualTo(
                "Invalid path: /v1/ios;x=1/apps has a matrix parameter (;...), which the API does not take");
    }

    @Test
    void anInterimStatusIsNeverSentAsTheAnswer() {
        for (String code : new String[] {"100", "101", "102", "103"}) {
            RawHttp.Response response = get(APPS + "1", "Prefer: code=" + code);

            assertThat(response.interim()).as(code).isZero();
            assertThat(response.status()).as(code).isEqualTo(422);
            assertThat(Bodies.read(response.body()).at("/errors/0/title").asText()).as(code)
                    .startsWith("Prefer: code=" + code + " is an interim (1xx) status");
        }
    }

    @Test
    void aListWithEmptyItemsIsA422NamingTheParameter() {
        RawHttp.Response response = get(APPS + ",,,");

        assertThat(response.status()).isEqualTo(422);
        assertThat(Bodies.read(response.body()).at("/errors/0/title").asText())
                .isEqualTo("Invalid parameter: app_ids must not have empty items (got ',,,')");
    }

    @Test
    void theDocumentsRefuseOtherMethodsThanGetAndHead() {
        RawHttp.Response post = RawHttp.send(server.port(), "POST", RawHttp.bytes("/openapi.yaml"),
                "Content-Length: 0");
        RawHttp.Response trace = RawHttp.send(server.port(), "TRACE", RawHttp.bytes("/docs"));

        assertError(post, 405, "Method POST is not allowed at /openapi.yaml; allowed: GET, HEAD");
        assertError(trace, 405, "Method TRACE is not allowed at /docs; allowed: GET, HEAD");
        assertThat(trace.header("Allow")).isEqualTo("GET, HEAD");
    }

    @Test
    void wellFormedEscapesStillWork() {
        RawHttp.Response response = get("/v1/%69os/apps?auth_token=t&app_ids=284882215&country=U%53");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(Bodies.read(response.body()).at("/apps/0/app_id").asText()).isEqualTo("284882215");
    }

    private static RawHttp.Response raw(String request) {
        return RawHttp.exchange(server.port(), RawHttp.bytes(request));
    }

    private static RawHttp.Response get(String target, String... headers) {
        return RawHttp.get(server.port(), target, headers);
    }

    private static void assertError(RawHttp.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(error(response)).isEqualTo(message);
    }

    /** The {@code error} of a JSON answer, which must be JSON. */
    private static String error(RawHttp.Response response) {
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = Bodies.read(response.body());
        return body.path("error").asText();
    }
}
