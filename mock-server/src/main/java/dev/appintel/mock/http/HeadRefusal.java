package dev.appintel.mock.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.undertow.server.HttpServerExchange;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Why a request head is refused before Undertow reads it: the status (400, 408, 414, 431 or 505)
 * and a message naming what is wrong and where.
 *
 * @param status  the HTTP status
 * @param message the error message
 */
record HeadRefusal(int status, String message) {

    /**
     * Carries refusals through Undertow as requests of their own. {@link HeadGuard} replaces a
     * refused head with a stand-in request that names the refusal, and the root handler answers it
     * in the API's error shape, so the answer goes out in order behind any pipelined request before
     * it, through the same code as every other error. The stand-in's path holds a secret drawn at
     * start-up, so a client cannot make the mock answer a refusal it did not earn.
     */
    static final class Relay {

        private static final String PREFIX = "/__refused/";

        private final String path;

        /** A relay with a new secret. */
        Relay() {
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            this.path = PREFIX + HexFormat.of().formatHex(secret);
        }

        /** The stand-in request for a refusal: it asks Undertow to close the connection after answering. */
        byte[] standIn(HeadRefusal refusal) {
            String target = path + "?status=" + refusal.status() + "&message=" + URLEncoder.encode(refusal.message(), UTF_8);
            return ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1);
        }

        /** The refusal an exchange stands in for, or {@code null} when it is an ordinary request. */
        HeadRefusal refusalOf(HttpServerExchange exchange) {
            if (!exchange.getRequestPath().equals(path)) {
                return null;
            }
            String query = exchange.getQueryString();
            int status = Integer.parseInt(query.substring("status=".length(), query.indexOf('&')));
            String message = URLDecoder.decode(query.substring(query.indexOf("&message=") + "&message=".length()), UTF_8);
            return new HeadRefusal(status, message);
        }
    }
}
