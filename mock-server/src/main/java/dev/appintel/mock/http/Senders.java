package dev.appintel.mock.http;

import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;

/** Sends a reply: at once, in slow pieces, or not at all (the connection is closed). */
final class Senders {

    /** How many pieces a slow body is sent in. */
    static final int SLOW_PIECES = 10;

    private Senders() {
    }

    /**
     * Sends {@code reply}, spreading its body over {@code slowBodyMillis} when that is positive.
     * Call it on the exchange's I/O thread: a slow body's pieces wait on that thread's timer.
     */
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
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, reply.body().length);
        new SlowBody(exchange, reply.body(), slowBodyMillis / SLOW_PIECES).next();
    }

    /** A body sent piece by piece, each piece written once the previous one is out and the pause is over. */
    private static final class SlowBody implements IoCallback {

        private final HttpServerExchange exchange;
        private final byte[] body;
        private final long pauseMillis;
        private final int piece;
        private int offset;

        SlowBody(HttpServerExchange exchange, byte[] body, long pauseMillis) {
            this.exchange = exchange;
            this.body = body;
            this.pauseMillis = pauseMillis;
            this.piece = Math.max(1, (body.length + SLOW_PIECES - 1) / SLOW_PIECES);
        }

        void next() {
            int length = Math.min(piece, body.length - offset);
            ByteBuffer buffer = ByteBuffer.wrap(body, offset, length);
            offset += length;
            exchange.getResponseSender().send(buffer, this);
        }

        @Override
        public void onComplete(HttpServerExchange exchange, Sender sender) {
            if (offset < body.length) {
                exchange.getIoThread().executeAfter(this::next, pauseMillis, TimeUnit.MILLISECONDS);
            } else {
                exchange.endExchange();
            }
        }

        @Override
        public void onException(HttpServerExchange exchange, Sender sender, IOException exception) {
            IoCallback.END_EXCHANGE.onException(exchange, sender, exception);
        }
    }
}
