package dev.appintel.mock;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connections that send half a request are answered 408, and idle ones closed, in the configured time. */
class TimeoutsTest {

    private static final long REQUEST_TIMEOUT = 1_000;
    private static final long IDLE_TIMEOUT = 1_500;
    private static final String REQUEST = "GET /v1/ios/apps?app_ids=284882215&auth_token=t HTTP/1.1\r\nHost: 127.0.0.1\r\n";

    private static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerConfig.defaults().withPort(0)
                .withBounds(new MockServerConfig.Bounds(REQUEST_TIMEOUT, IDLE_TIMEOUT,
                MockServerConfig.Bounds.DEFAULT_MAX_BODY_BYTES)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aHalfSentRequestIsAnswered408WithinTheRequestTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            long started = System.nanoTime();
            socket.getOutputStream().write(REQUEST.getBytes(ISO_8859_1));
            socket.getOutputStream().flush();

            String received = readUntilClosed(socket.getInputStream());

            assertThat(received).startsWith("HTTP/1.1 408 ").contains("Content-Type: application/json")
                    .endsWith("{\"error\":\"Request timeout: the request's head did not arrive whole within "
                            + REQUEST_TIMEOUT + " ms\"}");
            assertThat(millisSince(started)).isBetween(REQUEST_TIMEOUT - 100, REQUEST_TIMEOUT + 3_000);
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedWithinTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((REQUEST + "\r\n").getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            long started = System.nanoTime();

            String received = readUntilClosed(socket.getInputStream());

            assertThat(received).startsWith("HTTP/1.1 200 ");
            assertThat(millisSince(started)).isBetween(IDLE_TIMEOUT - 100, IDLE_TIMEOUT + 3_000);
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedWithinTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            long started = System.nanoTime();

            assertThat(readUntilClosed(socket.getInputStream())).isEmpty();
            assertThat(millisSince(started)).isLessThan(IDLE_TIMEOUT + 3_000);
        }
    }

    /** Everything the server sends until it closes; a read time-out (10 s) fails the test, so nothing hangs. */
    private static String readUntilClosed(InputStream in) throws IOException {
        StringBuilder read = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.append(new String(buffer, 0, n, ISO_8859_1));
            }
        } catch (SocketException e) {
            // a reset is a close too
        }
        return read.toString();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
