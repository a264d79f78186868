package dev.appintel.mock.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Hides the API token wherever the server shows a request: the journal's URIs and the paths error
 * bodies name. A parameter is the token's by its percent-decoded name, as the server reads it
 * (so {@code auth%5Ftoken=...} is the token, accepted and hidden); spellings close enough to be a
 * client's mistake ({@code AUTH_TOKEN}, {@code auth_token[]}) are refused as tokens but hidden
 * all the same, since the value is most likely a real token.
 */
final class TokenRedaction {

    /** What a hidden value is shown as. */
    static final String HIDDEN = "***";

    private final String name;

    /** @param name the API key's parameter name, e.g. {@code auth_token} */
    TokenRedaction(String name) {
        this.name = name;
    }

    /** Whether a decoded parameter name is the token's or close to it: any case, with or without {@code []}. */
    boolean isTokenName(String decoded) {
        String bare = decoded.strip();
        if (bare.endsWith("[]")) {
            bare = bare.substring(0, bare.length() - 2).strip();
        }
        return bare.equalsIgnoreCase(name);
    }

    /** A raw or decoded query with the value of every token parameter replaced by {@link #HIDDEN}. */
    String query(String query) {
        StringBuilder redacted = null;
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            end = end < 0 ? query.length() : end;
            String hidden = hiddenPart(query, start, end);
            if (hidden != null && redacted == null) {
                redacted = new StringBuilder(query.length()).append(query, 0, start);
            }
            if (redacted != null) {
                if (hidden != null) {
                    redacted.append(hidden);
                } else {
                    redacted.append(query, start, end);
                }
                if (end < query.length()) {
                    redacted.append('&');
                }
            }
            start = end + 1;
        }
        return redacted == null ? query : redacted.toString();
    }

    /**
     * A path with whatever follows a {@code ?} in it, literal or encoded as {@code %3F}, redacted
     * as a query: a client that encoded its query into the path sent the token there.
     */
    String path(String path) {
        int question = path.indexOf('?');
        int encoded = indexOfEncodedQuestionMark(path);
        int at = question < 0 ? encoded : encoded < 0 ? question : Math.min(question, encoded);
        if (at < 0) {
            return path;
        }
        int tail = at + (at == question ? 1 : 3);
        return path.substring(0, tail) + query(path.substring(tail));
    }

    /** The part's redacted text, or null when the part is not the token's. */
    private String hiddenPart(String query, int start, int end) {
        // Cheap rejections first: this runs for every parameter of every request.
        if (end - start < name.length()) {
            return null;
        }
        int equals = query.indexOf('=', start);
        String rawName = query.substring(start, equals < 0 || equals > end ? end : equals);
        String decodedName = rawName.indexOf('%') < 0 && rawName.indexOf('+') < 0 ? rawName : decode(rawName);
        if (equals < 0 || equals > end) {
            // No '=': the name may hold an encoded one (auth_token%3Dsecret).
            int decodedEquals = decodedName.indexOf('=');
            return decodedEquals >= 0 && isTokenName(decodedName.substring(0, decodedEquals))
                    ? decodedName.substring(0, decodedEquals) + "=" + HIDDEN : null;
        }
        return isTokenName(decodedName) ? rawName + "=" + HIDDEN : null;
    }

    private static int indexOfEncodedQuestionMark(String path) {
        for (int i = path.indexOf('%'); i >= 0 && i + 2 < path.length(); i = path.indexOf('%', i + 1)) {
            if (path.charAt(i + 1) == '3' && (path.charAt(i + 2) == 'F' || path.charAt(i + 2) == 'f')) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decodes as UTF-8, {@code +} as a space; a malformed escape is kept as written. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = c == '%' && i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
            if (low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
