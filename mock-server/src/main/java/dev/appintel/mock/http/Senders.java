package dev.appintel.mock.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.xnio.IoUtils;

/** Sends a reply: at once, in slow pieces, or not at all (the connection is closed). */
final class Senders {

    /** How many pieces a slow body is sent in. */
    static final int SLOW_PIECES = 10;

    private Senders() {
    }

    /** Sends {@code reply}, spreading its body over {@code slowBodyMillis} when that is positive. */
    static void send(HttpServerExchange exchange, HttpReply reply, long slowBodyMillis) {
        if (reply.status() == 0) {
            IoUtils.safeClose(exchange.getConnection());
            return;
        }
        exchange.setStatusCode(reply.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            exchange.getResponseHeaders().put(new HttpString(header.getKey()), header.getValue());
        }
        if (slowBodyMillis <= 0 || reply.body().length == 0) {
            exchange.getResponseSender().send(ByteBuffer.wrap(reply.body()));
            return;
        }
        sendSlowly(exchange, reply.body(), slowBodyMillis);
    }

    private static void sendSlowly(HttpServerExchange exchange, byte[] body, long millis) {
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        exchange.startBlocking();
        int piece = Math.max(1, (body.length + SLOW_PIECES - 1) / SLOW_PIECES);
        try (OutputStream out = exchange.getOutputStream()) {
            for (int offset = 0; offset < body.length; offset += piece) {
                out.write(body, offset, Math.min(piece, body.length - offset));
                out.flush();
                ApiHandler.pause(millis / SLOW_PIECES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sending a slow body failed", e);
        }
    }
}
