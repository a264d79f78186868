package dev.appintel.mock.http;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Checks the request heads of one connection byte by byte as they arrive, before Undertow parses
 * them: Undertow refuses a malformed head with an empty, non-JSON 400 and gives no hook to change
 * that, so every head it would refuse is refused here first, with a {@link HeadRefusal} saying what
 * is wrong and where. It also tells {@link HeadGuard} where each head ends, so a head that has not
 * arrived whole can be held back and timed.
 *
 * <p>The rules are HTTP/1.1's message syntax: a method of token characters, one space, a target
 * without spaces, tabs or line breaks (other bytes are left to {@link RequestTarget}, which names the
 * parameter they are in), one space, {@code HTTP/1.0} or {@code HTTP/1.1}; header lines of a token
 * name, a colon and a value without control bytes; one valid Host header on HTTP/1.1
 * ({@link HostHeader}); one Content-Length
 * of digits, never beside Transfer-Encoding. A bare LF ends a line as CRLF does. Bodies of a
 * Content-Length are skipped; after a chunked body, which only the admin API could be sent, the
 * scanner stops checking the connection and leaves the rest to Undertow.
 */
final class HeadScanner {

    /** The longest request target (path and query) answered; longer ones get 414. */
    static final int MAX_TARGET_BYTES = 64 * 1024;

    /** The largest header section (names, colons and values) answered; larger ones get 431. */
    static final int MAX_FIELD_BYTES = 64 * 1024;

    /** The most header lines a head may have; more get 431. */
    static final int MAX_FIELDS = 100;

    private static final int MAX_METHOD = 32;
    private static final int MAX_VERSION = 16;
    private static final int MAX_REMEMBERED_NAME = 32;
    private static final int MAX_REMEMBERED_VALUE = 256;
    private static final int MAX_HOST = 255;
    private static final int MAX_REMEMBERED_TARGET = 1024;

    private enum State {
        IDLE, METHOD, TARGET, VERSION, LINE_CR, FIELD_START, FIELD_NAME, FIELD_VALUE, FIELD_CR, END_CR, BODY, UNCHECKED
    }

    private static final boolean[] TOKEN = new boolean[256];
    private static final String[] KEPT_FIELDS = {"host", "content-length", "transfer-encoding"};

    static {
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN[c] = true;
            TOKEN[Character.toUpperCase(c)] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TOKEN[c] = true;
        }
    }

    private State state = State.IDLE;
    private HeadRefusal refusal;

    // the head being read
    private int targetLength;
    private int fieldBytes;
    private int fieldLines;
    private final StringBuilder method = new StringBuilder();
    private final StringBuilder version = new StringBuilder();
    private final StringBuilder name = new StringBuilder();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder absoluteTarget = new StringBuilder();
    private boolean absolute;
    private int hosts;
    private String host;
    /** Which header's value is being kept: one of the few the scanner reads, or null. */
    private String keptField;
    private boolean http11;
    private String contentLength;
    private String transferEncoding;
    private long bodyLeft;

    /**
     * Reads {@code bytes[from, to)}, which follow whatever this scanner read before.
     *
     * @return the position up to which the bytes may be passed on: everything before it belongs
     *         to heads that arrived whole or to bodies; from it on, a head that has not ended yet
     *         (or, after a refusal, the refused head)
     */
    int scan(ByteBuffer bytes, int from, int to) {
        int passable = from;
        for (int i = from; i < to && refusal == null; i++) {
            if (state == State.UNCHECKED) {
                return to;
            }
            if (state == State.BODY) {
                long skipped = Math.min(bodyLeft, to - i);
                bodyLeft -= skipped;
                i += (int) skipped - 1;
                if (bodyLeft == 0) {
                    state = State.IDLE;
                    passable = i + 1;
                }
                continue;
            }
            if (state == State.IDLE) {
                passable = i;
            }
            if (step(bytes.get(i) & 0xff)) {
                passable = i + 1;
            }
        }
        return refusal == null && (state == State.IDLE || state == State.BODY || state == State.UNCHECKED)
                ? to : passable;
    }

    /** @return why the connection's current head is refused, or {@code null} */
    HeadRefusal refusal() {
        return refusal;
    }

    /** @return whether a head has begun and not ended */
    boolean inHead() {
        return state != State.IDLE && state != State.BODY && state != State.UNCHECKED;
    }

    /** Reads one byte of a head; returns whether it ended the head. */
    private boolean step(int b) {
        switch (state) {
            case IDLE -> startHead(b);
            case METHOD -> method(b);
            case TARGET -> target(b);
            case VERSION -> version(b);
            case LINE_CR -> {
                if (b != '\n') {
                    refuse(400, "The request line ends in a CR without LF");
                } else {
                    state = State.FIELD_START;
                }
            }
            case FIELD_START -> {
                return fieldStart(b);
            }
            case FIELD_NAME -> fieldName(b);
            case FIELD_VALUE -> fieldValue(b);
            case FIELD_CR -> {
                if (b != '\n') {
                    refuse(400, "Header " + name + " ends in a CR without LF");
                } else {
                    endField();
                }
            }
            case END_CR -> {
                if (b != '\n') {
                    refuse(400, "The header section ends in a CR without LF");
                } else {
                    return endHead();
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
        return false;
    }

    private void startHead(int b) {
        method.setLength(0);
        version.setLength(0);
        targetLength = 0;
        fieldBytes = 0;
        fieldLines = 0;
        hosts = 0;
        host = null;
        keptField = null;
        http11 = false;
        absolute = false;
        absoluteTarget.setLength(0);
        contentLength = null;
        transferEncoding = null;
        if (TOKEN[b]) {
            method.append((char) b);
            state = State.METHOD;
        } else if (b == 0x16) {
            refuse(400, "The request is not HTTP: it looks like a TLS handshake, and the mock speaks plain HTTP");
        } else if (b == '\r' || b == '\n') {
            refuse(400, "The request starts with an empty line instead of a request line");
        } else {
            refuse(400, "The request does not start with an HTTP method: byte " + hex(b));
        }
    }

    private void method(int b) {
        if (b == ' ') {
            state = State.TARGET;
        } else if (!TOKEN[b]) {
            refuse(400, "Invalid method " + method + ": byte " + hex(b) + " after it; the request line is METHOD SP TARGET SP HTTP/1.1");
        } else if (method.length() == MAX_METHOD) {
            refuse(400, "Invalid method: longer than " + MAX_METHOD + " characters");
        } else {
            method.append((char) b);
        }
    }

    private void target(int b) {
        if (b == ' ') {
            if (targetLength == 0) {
                refuse(400, "The request line has two spaces after the method and no target");
            } else {
                state = State.VERSION;
            }
        } else if (b == '\r' || b == '\n') {
            refuse(400, targetLength == 0 ? "The request line has no target"
                    : "The request line ends after the target, without an HTTP version"
                            + " (a line break inside the target must be percent-encoded: %0D, %0A)");
        } else if (b == '\t') {
            refuse(400, "The request target holds a tab at byte " + (targetLength + 1) + ": percent-encode it as %09");
        } else if (++targetLength > MAX_TARGET_BYTES) {
            refuse(414, "Request target too long: more than " + MAX_TARGET_BYTES + " bytes; the limit is "
                    + MAX_TARGET_BYTES);
        } else if (targetLength == 1 && b != '/' || absolute) {
            // only a target not in origin form (/path?query) is kept, for its authority
            absolute = true;
            if (targetLength <= MAX_REMEMBERED_TARGET) {
                absoluteTarget.append((char) b);
            }
        }
    }

    private void version(int b) {
        if (b == '\r' || b == '\n') {
            checkVersion();
            state = b == '\r' ? State.LINE_CR : State.FIELD_START;
        } else if (b == ' ') {
            refuse(400, "The request target holds a space at byte " + (targetLength + 1) + ": percent-encode it as %20");
        } else if (version.length() == MAX_VERSION) {
            refuse(400, "Invalid HTTP version: longer than " + MAX_VERSION + " characters");
        } else {
            version.append((char) b);
        }
    }

    private void checkVersion() {
        http11 = "HTTP/1.1".contentEquals(version);
        if (http11 || "HTTP/1.0".contentEquals(version)) {
            return;
        }
        String text = version.toString();
        if (text.matches("HTTP/[0-9]\\.[0-9]") || text.equals("HTTP/2")) {
            refuse(505, "HTTP version " + text + " is not supported: send HTTP/1.1");
        } else {
            refuse(400, "Invalid HTTP version '" + printable(text) + "': the request line ends in HTTP/1.1");
        }
    }

    private boolean fieldStart(int b) {
        if (b == '\r') {
            state = State.END_CR;
        } else if (b == '\n') {
            return endHead();
        } else if (b == ' ' || b == '\t') {
            refuse(400, "Header line " + (fieldLines + 1) + " starts with whitespace: obsolete line folding is not accepted");
        } else if (TOKEN[b]) {
            if (++fieldLines > MAX_FIELDS) {
                refuse(431, "Request header fields too large: more than " + MAX_FIELDS + " header lines");
                return false;
            }
            name.setLength(0);
            value.setLength(0);
            name.append(Character.toLowerCase((char) b));
            countFieldByte();
            state = State.FIELD_NAME;
        } else {
            refuse(400, "Header line " + (fieldLines + 1) + " does not start with a header name: byte " + hex(b));
        }
        return false;
    }

    private void fieldName(int b) {
        countFieldByte();
        if (b == ':') {
            state = State.FIELD_VALUE;
            keptField = kept(name);
        } else if (TOKEN[b]) {
            if (name.length() < MAX_REMEMBERED_NAME) {
                name.append(Character.toLowerCase((char) b));
            }
        } else if (b == ' ' || b == '\t') {
            refuse(400, "Header " + name + " is followed by whitespace instead of a colon");
        } else if (b == '\r' || b == '\n') {
            refuse(400, "Header line " + fieldLines + " (" + name + ") has no colon");
        } else {
            refuse(400, "Header line " + fieldLines + ": byte " + hex(b) + " in the header name " + name);
        }
    }

    private void fieldValue(int b) {
        if (b == '\r') {
            state = State.FIELD_CR;
            return;
        }
        if (b == '\n') {
            endField();
            return;
        }
        countFieldByte();
        if ((b < 0x20 && b != '\t') || b == 0x7f) {
            refuse(400, "Header " + name + " holds the control byte " + hex(b) + " in its value");
        } else if (keptField != null && value.length() < MAX_REMEMBERED_VALUE) {
            value.append((char) b);
        }
    }

    /** The name of a header whose value the scanner reads, or null for any other. */
    private static String kept(CharSequence name) {
        for (String field : KEPT_FIELDS) {
            if (field.contentEquals(name)) {
                return field;
            }
        }
        return null;
    }

    private void countFieldByte() {
        if (++fieldBytes > MAX_FIELD_BYTES) {
            refuse(431, "Request header fields too large: more than " + MAX_FIELD_BYTES
                    + " bytes; the limit is " + MAX_FIELD_BYTES);
        }
    }

    private void endField() {
        state = State.FIELD_START;
        String field = keptField;
        keptField = null;
        if (field == null) {
            return;
        }
        String text = value.toString().trim();
        switch (field) {
            case "host" -> {
                hosts++;
                host = value.length() >= MAX_REMEMBERED_VALUE ? null : text;
            }
            case "content-length" -> {
                if (!digits(text, 18)) {
                    refuse(400, "Invalid Content-Length '" + printable(text) + "': it must be a number of bytes");
                } else if (contentLength != null) {
                    refuse(400, "More than one Content-Length header");
                } else {
                    contentLength = text;
                }
            }
            default -> {
                if (transferEncoding != null) {
                    refuse(400, "More than one Transfer-Encoding header: list the codings in one");
                }
                transferEncoding = text;
            }
        }
    }

    /** Whether the text is 1 to {@code most} ASCII digits. */
    static boolean digits(String text, int most) {
        if (text.isEmpty() || text.length() > most) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private boolean endHead() {
        String hostProblem = hosts == 1 && host != null && host.length() <= MAX_HOST ? HostHeader.problem(host, authority())
                : null;
        if (hosts == 0 && http11) {
            refuse(400, "An HTTP/1.1 request needs a Host header");
        } else if (hosts > 1) {
            refuse(400, "More than one Host header");
        } else if (hosts == 1 && (host == null || host.length() > MAX_HOST)) {
            refuse(400, "Invalid Host header: longer than " + MAX_HOST + " characters");
        } else if (hostProblem != null) {
            refuse(400, hostProblem);
        } else if (transferEncoding != null && contentLength != null) {
            refuse(400, "Both Content-Length and Transfer-Encoding: send one of them");
        } else if (transferEncoding != null) {
            if (!transferEncoding.toLowerCase(Locale.ROOT).replace(" ", "").endsWith("chunked")) {
                refuse(400, "Transfer-Encoding '" + printable(transferEncoding) + "' is not supported: its last coding must be chunked");
            } else {
                state = State.UNCHECKED;
            }
        } else if (contentLength != null && Long.parseLong(contentLength) > 0) {
            bodyLeft = Long.parseLong(contentLength);
            state = State.BODY;
        } else {
            state = State.IDLE;
        }
        return refusal == null;
    }

    /** The authority of an absolute-form target ({@code scheme://authority/...}), or {@code null} for any other form. */
    private String authority() {
        if (!absolute) {
            return null;
        }
        String target = absoluteTarget.toString();
        int scheme = target.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int end = scheme + 3;
        while (end < target.length() && "/?#".indexOf(target.charAt(end)) < 0) {
            end++;
        }
        return target.substring(scheme + 3, end);
    }

    private void refuse(int status, String message) {
        refusal = new HeadRefusal(status, message);
    }

    private static String hex(int b) {
        return String.format("0x%02X", b);
    }

    /** A value as it may be shown back: printable ASCII, at most 40 characters. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && shown.length() < 40; i++) {
            char c = text.charAt(i);
            shown.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return text.length() > 40 ? shown + "..." : shown.toString();
    }
}
