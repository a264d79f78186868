package dev.appintel.mock;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests written byte by byte on a plain socket, so that the tests can send what no HTTP client
 * would: raw control bytes, bytes that are not UTF-8, bad escapes. Each request is sent on its own
 * connection with {@code Connection: close}, and the answer read until the server closes it.
 */
final class RawHttp {

    private RawHttp() {
    }

    /**
     * An answer as received.
     *
     * @param interim the interim (1xx) status lines received before the final one
     * @param status  the final status, or -1 when the server closed the connection without one
     * @param headers the headers, by lower-case name
     * @param body    the body, decoded as UTF-8
     */
    record Response(int interim, int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** {@code GET target} with a Host header, the target's chars written as bytes (0 to 255). */
    static Response get(int port, String target, String... extraHeaders) {
        return send(port, "GET", bytes(target), extraHeaders);
    }

    /** A request of {@code method} whose target is exactly {@code target}. */
    static Response send(int port, String method, byte[] target, String... extraHeaders) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(bytes(method + " "));
        request.writeBytes(target);
        request.writeBytes(bytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"));
        for (String header : extraHeaders) {
            request.writeBytes(bytes(header + "\r\n"));
        }
        request.writeBytes(bytes("\r\n"));
        return exchange(port, request.toByteArray());
    }

    /** Writes {@code request} and reads the answer; the socket times out after 10 s, so nothing hangs. */
    static Response exchange(int port, byte[] request) {
        return parse(exchangeRaw(port, request));
    }

    /** Writes {@code request} and returns every byte received until the server closes the connection. */
    static byte[] exchangeRaw(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("request " + new String(request, 0, Math.min(request.length, 200), ISO_8859_1), e);
        }
    }

    /** The string's chars as bytes: each char is one byte, as on the wire. */
    static byte[] bytes(String text) {
        return text.getBytes(ISO_8859_1);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // a reset once the answer is sent, when the server closes with request bytes unread
        }
        return read.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, ISO_8859_1);
        int interim = 0;
        while (true) {
            int end = text.indexOf("\r\n\r\n");
            if (end < 0 || !text.startsWith("HTTP/1.1 ")) {
                return new Response(interim, -1, Map.of(), text);
            }
            int status = Integer.parseInt(text.substring(9, 12));
            if (status >= 100 && status < 200) {
                interim++;
                text = text.substring(end + 4);
                continue;
            }
            Map<String, String> headers = new TreeMap<>();
            for (String line : text.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            return new Response(interim, status, headers, new String(bytes(text.substring(end + 4)), UTF_8));
        }
    }
}
