package dev.appintel.mock.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
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
 * @param query the query parameters, percent-decoded ({@code +} is a space), each with its
 *              values in order
 */
record RequestTarget(String path, Map<String, List<String>> query) {

    /** Where the root handler leaves the decoded target for the handler that serves the request. */
    static final AttachmentKey<RequestTarget> KEY = AttachmentKey.create(RequestTarget.class);

    /** The most query parameters a request may have. */
    static final int MAX_PARAMETERS = 1_000;

    /** What is wrong with a part of the target, before the part is named. */
    static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        Malformed(String problem) {
            super(problem, null, false, false);
        }
    }

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
            throw Refused.error(400, "Invalid request target '" + shown(uri) + "': the path must start with /");
        }
        if (uri.indexOf(';') >= 0) {
            // Undertow would cut ";x=1" off the path silently; the API's paths take no matrix parameters.
            String title = "Invalid path: " + shown(uri) + " has a matrix parameter (;...), which the API does not take";
            throw new Refused(new HttpReply(422, Map.of(), Json.validationErrors(List.of(title)).getBytes(UTF_8),
                    "malformed", List.of(title)));
        }
        String path;
        try {
            path = decode(rawPath, 0, rawPath.length(), false);
        } catch (Malformed e) {
            throw Refused.error(400, "Invalid path " + shown(rawPath) + ": " + e.getMessage());
        }
        // Undertow splits the query into parameters whatever it is told; when nothing in it needs
        // decoding, its parameters are the decoded ones, and copying them saves a second split.
        return new RequestTarget(path, plain(rawQuery, 0, rawQuery.length(), true)
                ? copied(exchange.getQueryParameters()) : query(rawQuery));
    }

    /** Undertow's parameters of a query that needs no decoding, in the mock's form. */
    private static Map<String, List<String>> copied(Map<String, Deque<String>> parameters) throws Refused {
        Map<String, List<String>> query = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, Deque<String>> parameter : parameters.entrySet()) {
            count += parameter.getValue().size();
            if (count > MAX_PARAMETERS) {
                throw Refused.error(400, "Invalid query: more than " + MAX_PARAMETERS + " parameters");
            }
            if (!parameter.getKey().isEmpty()) {
                query.put(parameter.getKey(), new ArrayList<>(parameter.getValue()));
            }
        }
        return query;
    }

    /** The query parameters of a raw query, each name and value decoded. */
    static Map<String, List<String>> query(String raw) throws Refused {
        Map<String, List<String>> query = new LinkedHashMap<>();
        int count = 0;
        int start = 0;
        while (start < raw.length()) {
            int end = raw.indexOf('&', start);
            end = end < 0 ? raw.length() : end;
            if (end > start) {
                if (++count > MAX_PARAMETERS) {
                    throw Refused.error(400, "Invalid query: more than " + MAX_PARAMETERS + " parameters");
                }
                int equals = raw.indexOf('=', start);
                int nameEnd = equals < 0 || equals > end ? end : equals;
                String name;
                String value;
                try {
                    name = decode(raw, start, nameEnd, true);
                } catch (Malformed e) {
                    throw Refused.error(400, "Invalid query parameter name " + shown(raw.substring(start, nameEnd))
                            + ": " + e.getMessage());
                }
                try {
                    value = nameEnd == end ? "" : decode(raw, nameEnd + 1, end, true);
                } catch (Malformed e) {
                    throw Refused.error(400, "Invalid query parameter " + shown(name) + ": " + e.getMessage());
                }
                if (!name.isEmpty()) {
                    query.computeIfAbsent(name, key -> new ArrayList<>(1)).add(value);
                }
            }
            start = end + 1;
        }
        return query;
    }

    /**
     * Decodes {@code raw[from, to)}, whose chars are the bytes received: percent-escapes become
     * bytes (and {@code +} a space in a query), and the bytes must be UTF-8.
     *
     * @throws Malformed saying what is wrong, for the caller to name the part
     */
    static String decode(String raw, int from, int to, boolean query) throws Malformed {
        if (plain(raw, from, to, query)) {
            return raw.substring(from, to);
        }
        byte[] bytes = new byte[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < to ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw new Malformed("'" + shown(raw.substring(i, Math.min(i + 3, to))) + "' is not a percent-encoded byte (% must be followed by two hexadecimal digits)");
                }
                int decoded = high * 16 + low;
                if (decoded == '/' && !query) {
                    // kept encoded, as Undertow did: a %2F inside a segment must not make two segments
                    bytes[length++] = '%';
                    bytes[length++] = (byte) raw.charAt(i + 1);
                    bytes[length++] = (byte) raw.charAt(i + 2);
                } else {
                    bytes[length++] = (byte) decoded;
                }
                i += 2;
            } else if (c < 0x21 || c == 0x7f) {
                throw new Malformed("the raw control byte " + hex(c) + " must be percent-encoded");
            } else {
                bytes[length++] = c == '+' && query ? (byte) ' ' : (byte) c;
            }
        }
        try {
            return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("'" + shown(raw.substring(from, to)) + "' is not UTF-8 once percent-decoded");
        }
    }

    /** Whether {@code raw[from, to)} decodes to itself: printable ASCII with no escape (and no {@code +} in a query). */
    private static boolean plain(String raw, int from, int to, boolean query) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '%' || c == '+' && query) {
                return false;
            }
        }
        return true;
    }

    /** Raw text as a message shows it: bytes outside printable ASCII percent-encoded, cut after 100 chars. */
    static String shown(String raw) {
        StringBuilder shown = new StringBuilder();
        int i = 0;
        for (; i < raw.length() && shown.length() < 100; i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                shown.append('%').append(hex(c).substring(2));
            } else {
                shown.append(c);
            }
        }
        return i < raw.length() ? shown + "..." : shown.toString();
    }

    private static String hex(char c) {
        return String.format("0x%02X", (int) c & 0xff);
    }
}
