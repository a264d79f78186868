package dev.appintel.generator.render.feign;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes query keys for the request line with the same rule the generated
 * runtime's {@code QueryString.encode} applies to values: every byte of the UTF-8 form except the RFC 3986
 * unreserved characters {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX}, so
 * {@code publisher_ids[]} is sent as {@code publisher_ids%5B%5D}.
 */
final class QueryKeys {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryKeys() {
    }

    static String encode(String key) {
        StringBuilder out = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
