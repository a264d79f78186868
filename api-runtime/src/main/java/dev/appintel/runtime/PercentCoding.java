package dev.appintel.runtime;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * Percent-encoding of URI paths and query components (RFC 3986), strict both ways: what is
 * encoded leaves only unreserved characters raw, and what is decoded must be well-formed escapes
 * of UTF-8 with no raw control bytes. Both the client and the mock code through this class, so a
 * value is encoded and decoded in exactly one way.
 */
public final class PercentCoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Where a piece of text sits in a URI; a path keeps {@code %2F} encoded and takes {@code +} literally. */
    public enum Component {
        /** A path: {@code %2F} stays as sent, so that it never splits a segment. */
        PATH,
        /** A query name or value: {@code +} is a space. */
        QUERY
    }

    /** What is wrong with a piece of text, before the caller names the part it came from. */
    public static final class MalformedException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedException(String problem) {
            super(problem, null, false, false);
        }
    }

    private PercentCoding() {
    }

    /**
     * Encodes text for a query component: unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) stay,
     * every other UTF-8 byte becomes {@code %XX}; so {@code ,}, {@code &}, {@code =} and {@code +}
     * inside a value can never be read as syntax.
     *
     * @param text any text
     * @return the encoded text
     */
    public static String encode(String text) {
        if (unreservedOnly(text)) {
            return text;
        }
        StringBuilder encoded = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return encoded.toString();
    }

    /**
     * Decodes {@code raw[from, to)}, whose chars are the bytes received (one char per byte):
     * escapes become bytes, {@code +} a space in a query, and the bytes must be UTF-8.
     *
     * @param raw       the text as received
     * @param from      the first char to decode
     * @param to        the end, exclusive
     * @param component where the text sits
     * @return the decoded text
     * @throws MalformedException saying what is wrong, for the caller to name the part
     */
    public static String decode(String raw, int from, int to, Component component) throws MalformedException {
        boolean query = component == Component.QUERY;
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
                    throw new MalformedException("'" + shown(raw.substring(i, Math.min(i + 3, to)))
                            + "' is not a percent-encoded byte (% must be followed by two hexadecimal digits)");
                }
                int decoded = high * 16 + low;
                if (decoded == '/' && !query) {
                    bytes[length++] = '%';
                    bytes[length++] = (byte) raw.charAt(i + 1);
                    bytes[length++] = (byte) raw.charAt(i + 2);
                } else {
                    bytes[length++] = (byte) decoded;
                }
                i += 2;
            } else if (c < 0x21 || c == 0x7f) {
                throw new MalformedException("the raw control byte " + hex(c) + " must be percent-encoded");
            } else {
                bytes[length++] = c == '+' && query ? (byte) ' ' : (byte) c;
            }
        }
        try {
            return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException("'" + shown(raw.substring(from, to)) + "' is not UTF-8 once percent-decoded");
        }
    }

    /**
     * Whether {@code raw[from, to)} decodes to itself: printable ASCII with no escape (and no
     * {@code +} in a query).
     *
     * @param raw   the text as received
     * @param from  the first char
     * @param to    the end, exclusive
     * @param query whether the text is a query component
     * @return true when decoding would change nothing
     */
    public static boolean plain(String raw, int from, int to, boolean query) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '%' || c == '+' && query) {
                return false;
            }
        }
        return true;
    }

    /**
     * Raw text as a message shows it: bytes outside printable ASCII percent-encoded, cut after 100
     * chars.
     *
     * @param raw the text as received
     * @return the text to show
     */
    public static String shown(String raw) {
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

    private static boolean unreservedOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isUnreserved(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static String hex(char c) {
        return String.format("0x%02X", (int) c & 0xff);
    }
}
