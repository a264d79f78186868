package dev.appintel.mock.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

/**
 * {@code --cors}: lets an app running in a browser call the mock from another origin. A preflight
 * ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) is answered 204
 * allowing GET and HEAD and the headers asked for; every other answer lets any origin read it,
 * with {@code Retry-After} readable too. The API takes its token in the query, so no credentials
 * are involved.
 */
final class Cors {

    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
    private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
    private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
    private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
    private static final HttpString ORIGIN = new HttpString("Origin");
    private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
    private static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");

    private Cors() {
    }

    /**
     * Adds the headers that let any origin read the answer, and answers a preflight itself.
     *
     * @return whether the exchange was a preflight, now answered
     */
    static boolean answeredPreflight(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(ALLOW_ORIGIN, "*");
        boolean preflight = exchange.getRequestMethod().equals(Methods.OPTIONS)
                && exchange.getRequestHeaders().contains(ORIGIN)
                && exchange.getRequestHeaders().contains(REQUEST_METHOD);
        if (!preflight) {
            exchange.getResponseHeaders().put(EXPOSE_HEADERS, "Retry-After");
            return false;
        }
        exchange.getResponseHeaders().put(ALLOW_METHODS, "GET, HEAD");
        String asked = exchange.getRequestHeaders().getFirst(REQUEST_HEADERS);
        if (asked != null && !asked.isBlank()) {
            exchange.getResponseHeaders().put(ALLOW_HEADERS, asked);
        }
        exchange.getResponseHeaders().put(MAX_AGE, "600");
        exchange.setStatusCode(204);
        exchange.endExchange();
        return true;
    }
}
