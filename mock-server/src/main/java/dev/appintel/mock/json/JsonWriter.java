package dev.appintel.mock.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes compact UTF-8 JSON into a reusable array: values one by one as a body is made up, or
 * whole trees, byte for byte what jackson-core's generator writes for the same values (big
 * decimals written plain). Not thread-safe: one writer per thread, {@link #reset} before each
 * document.
 */
public final class JsonWriter implements JsonSink {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    /**
     * How each ASCII character is written inside a string: 0 as itself, -1 as {@code \}{@code u00XX},
     * else as a backslash and this letter; the same escapes as jackson-core's defaults.
     */
    private static final int[] ESCAPES = new int[128];

    static {
        Arrays.fill(ESCAPES, 0, 32, -1);
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\f'] = 'f';
        ESCAPES['\n'] = 'n';
        ESCAPES['\r'] = 'r';
    }

    private byte[] bytes;
    private int size;
    /** Whether the next value or name follows another in the same object or array. */
    private boolean afterValue;

    /**
     * A writer.
     *
     * @param capacity the bytes its array starts with
     */
    public JsonWriter(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Forgets what was written, keeping the array. */
    public void reset() {
        size = 0;
        afterValue = false;
    }

    /** @return how many bytes have been written since the last {@link #reset} */
    @Override
    public long size() {
        return size;
    }

    /** @return a copy of the bytes written since the last {@link #reset} */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** @return how large the array has grown */
    public int capacity() {
        return bytes.length;
    }

    /** Begins an object. */
    @Override
    public void startObject() {
        separate();
        put((byte) '{');
        afterValue = false;
    }

    /** Ends the object begun last. */
    @Override
    public void endObject() {
        put((byte) '}');
        afterValue = true;
    }

    /** Begins an array. */
    @Override
    public void startArray() {
        separate();
        put((byte) '[');
        afterValue = false;
    }

    /** Ends the array begun last. */
    @Override
    public void endArray() {
        put((byte) ']');
        afterValue = true;
    }

    /**
     * The name of the next property of the current object.
     *
     * @param name the property name
     */
    @Override
    public void name(String name) {
        separate();
        string(name);
        put((byte) ':');
        afterValue = false;
    }

    /**
     * The name of the next property of the current object, written before.
     *
     * @param name the property name
     */
    @Override
    public void name(Name name) {
        separate();
        put(name.bytes);
        afterValue = false;
    }

    /** A property name with its JSON written once: the quoted name and the colon. */
    public static final class Name {

        private final String text;
        private final byte[] bytes;

        /**
         * The written form of a name.
         *
         * @param name the property name
         */
        public Name(String name) {
            this.text = name;
            JsonWriter writer = new JsonWriter(name.length() + 8);
            writer.string(name);
            writer.put((byte) ':');
            this.bytes = writer.toByteArray();
        }

        /** @return the property name */
        public String text() {
            return text;
        }
    }

    /**
     * A whole tree as the next value.
     *
     * @param tree the value
     */
    @Override
    public void value(JsonNode tree) {
        separate();
        tree(tree);
        afterValue = true;
    }

    private void separate() {
        if (afterValue) {
            put((byte) ',');
        }
    }

    private void tree(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                put((byte) '{');
                boolean first = true;
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    if (!first) {
                        put((byte) ',');
                    }
                    first = false;
                    string(property.getKey());
                    put((byte) ':');
                    tree(property.getValue());
                }
                put((byte) '}');
            }
            case ARRAY -> {
                put((byte) '[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        put((byte) ',');
                    }
                    tree(node.get(i));
                }
                put((byte) ']');
            }
            case STRING -> string(node.textValue());
            case NUMBER -> number(node);
            case BOOLEAN -> put(node.booleanValue() ? TRUE : FALSE);
            case NULL -> put(NULL);
            default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
        }
    }

    private void number(JsonNode number) {
        switch (number.numberType()) {
            case INT, LONG -> integer(number.longValue());
            case BIG_DECIMAL -> decimal(number.decimalValue());
            case BIG_INTEGER -> ascii(number.bigIntegerValue().toString());
            case FLOAT -> finite(Float.isFinite(number.floatValue()), Float.toString(number.floatValue()));
            case DOUBLE -> finite(Double.isFinite(number.doubleValue()), Double.toString(number.doubleValue()));
        }
    }

    /** Not-a-number and the infinities are written as strings, as the generator does by default. */
    private void finite(boolean finite, String text) {
        if (finite) {
            ascii(text);
        } else {
            string(text);
        }
    }

    private void integer(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        ensure(20);
        long rest = value;
        if (rest < 0) {
            bytes[size++] = '-';
            rest = -rest;
        }
        int digits = 1;
        for (long bound = 10; digits < 19 && rest >= bound; bound *= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += digits;
    }

    /** A decimal written plain, as the generator writes big decimals. */
    private void decimal(BigDecimal value) {
        int scale = value.scale();
        if (scale <= 0 || scale > 18 || value.precision() > 18) {
            ascii(value.toPlainString());
            return;
        }
        long unscaled = value.unscaledValue().longValue();
        if (unscaled < 0) {
            put((byte) '-');
            unscaled = -unscaled;
        }
        long unit = 1;
        for (int i = 0; i < scale; i++) {
            unit *= 10;
        }
        integer(unscaled / unit);
        ensure(scale + 1);
        bytes[size++] = '.';
        long fraction = unscaled % unit;
        for (int i = size + scale - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        size += scale;
    }

    /** Text known to need no escaping, such as a number's. */
    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void string(String text) {
        // at most six bytes per character (an escape), and the quotes
        ensure(text.length() * 6 + 2);
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                int escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else if (escape > 0) {
                    out[at++] = '\\';
                    out[at++] = (byte) escape;
                } else {
                    at = unicodeEscape(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                // the generator escapes each half of a pair rather than combining them
                at = unicodeEscape(out, at, c);
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        out[at++] = '"';
        size = at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at] = '\\';
        out[at + 1] = 'u';
        out[at + 2] = HEX[(c >> 12) & 0xF];
        out[at + 3] = HEX[(c >> 8) & 0xF];
        out[at + 4] = HEX[(c >> 4) & 0xF];
        out[at + 5] = HEX[c & 0xF];
        return at + 6;
    }

    private void put(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    private void put(byte[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, bytes, size, more.length);
        size += more.length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
