package dev.appintel.mock.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.appintel.runtime.PercentCoding;
import dev.appintel.runtime.PercentCoding.Component;
import dev.appintel.runtime.QueryString;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.util.List;
import java.util.Map;

/**
 * A request's path and query, decoded strictly by the mock rather than by Undertow. Undertow is
 * told to pass the request target through as received (one char per byte), because its own
 * decoding either refuses bad input with an empty, non-JSON 400 ({@code %zz}, a lone {@code %},
 * raw non-ASCII bytes) or replaces it silently ({@code %C3%28} became {@code \ufffd(}). Here a
 * malformed target gets a JSON answer naming what is wrong: 400 for a missing path, a malformed percent-encoding, a raw control byte or bytes that are not UTF-8
 * (naming the parameter), 422 for a matrix parameter ({@code /v1/ios;x=1/apps}). Its length, and
 * the head's, were checked before Undertow read it ({@link HeadScanner}).
 *
 * @param path  the path, percent-decoded except {@code %2F}, which stays as sent so that it
 *              never splits a segment
 * @param query the query parameters, each value kept as sent beside its decoded form ({@code +}
 *              is a space), so that a comma-joined list splits only at the commas sent raw
 */
record RequestTarget(String path, QueryString query) {

    /** Where the root handler leaves the decoded target for the handler that serves the request. */
    static final AttachmentKey<RequestTarget> KEY = AttachmentKey.create(RequestTarget.class);

    /** The most query parameters a request may have. */
    static final int MAX_PARAMETERS = 1_000;

    /** A request target the mock refuses, with the reply that says why. */
    static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient HttpReply reply;

        private Refused(HttpReply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }

        HttpReply reply() {
            return reply;
        }

        static Refused error(int status, String message) {
            return new Refused(HttpReply.json(status, Json.error(message), "malformed"));
        }
    }

    /**
     * Reads and checks the target of an exchange that Undertow did not decode.
     *
     * @throws Refused when the target cannot be served
     */
    static RequestTarget read(HttpServerExchange exchange) throws Refused {
        String uri = exchange.getRequestURI();
        String rawQuery = exchange.getQueryString();
        String rawPath = exchange.getRequestPath();
        if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            throw Refused.error(400, "Invalid request target '" + PercentCoding.shown(uri) + "': the path must start with /");
        }
        if (uri.indexOf(';') >= 0) {
            // Undertow would cut ";x=1" off the path silently; the API's paths take no matrix parameters.
            String title = "Invalid path: " + PercentCoding.shown(uri) + " has a matrix parameter (;...), which the API does not take";
            throw new Refused(new HttpReply(422, Map.of(), Json.validationErrors(List.of(title)).getBytes(UTF_8),
                    "malformed", List.of(title)));
        }
        String path;
        try {
            path = PercentCoding.decode(rawPath, 0, rawPath.length(), Component.PATH);
        } catch (PercentCoding.MalformedException e) {
            throw Refused.error(400, "Invalid path " + PercentCoding.shown(rawPath) + ": " + e.getMessage());
        }
        try {
            return new RequestTarget(path, QueryString.parse(rawQuery, MAX_PARAMETERS));
        } catch (QueryString.MalformedQueryException e) {
            throw Refused.error(400, e.getMessage());
        }
    }
}
