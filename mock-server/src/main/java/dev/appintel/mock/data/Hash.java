package dev.appintel.mock.data;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A deterministic 64-bit hash of a seed and some parts, and numbers drawn from it. Every value the
 * server makes up comes from here, so the same seed and the same parts always give the same value,
 * on every machine and in every run.
 */
public final class Hash {

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final long value;

    private Hash(long value) {
        this.value = value;
    }

    /**
     * The hash of {@code parts} under {@code seed}.
     *
     * @param seed  the universe's seed
     * @param parts what the value is about, e.g. an app id and a field name
     * @return the hash
     */
    public static Hash of(long seed, Object... parts) {
        return continued(start(seed), parts);
    }

    /**
     * The state after the seed and a first part: {@code continued(fold(start(seed), first), rest)}
     * equals {@code of(seed, first, rest...)}, so a part that many hashes begin with (a scope's key)
     * is folded once.
     */
    static long start(long seed) {
        return mix(seed ^ 0x9E3779B97F4A7C15L);
    }

    /** The state after one more part. */
    static long fold(long state, Object part) {
        return finish(extend(state, String.valueOf(part)));
    }

    /**
     * The state after the part so far is followed by {@code text}: a part's text is folded byte
     * by byte, so {@code finish(extend(extend(state, a), b))} equals {@code fold(state, a + b)}.
     */
    static long extend(long state, String text) {
        return bytes(state, text);
    }

    /** The state after a part whose text has been extended in completely. */
    static long finish(long state) {
        return mix(state ^ 0x2545F4914F6CDD1DL);
    }

    /** The hash of a state with more parts folded in. */
    static Hash continued(long state, Object... parts) {
        long h = state;
        for (Object part : parts) {
            h = fold(h, part);
        }
        return new Hash(h);
    }

    /** Folds the UTF-8 bytes of {@code text} into {@code h}. */
    private static long bytes(long h, String text) {
        long folded = h;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                folded = h;
                for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                    folded = (folded ^ (b & 0xff)) * 0x100000001B3L;
                }
                return folded;
            }
            folded = (folded ^ c) * 0x100000001B3L;
        }
        return folded;
    }

    /**
     * A further hash, for a second value about the same thing.
     *
     * @param part what the further value is about
     * @return the hash
     */
    public Hash then(Object part) {
        return of(value, part);
    }

    /** @return a number in [0, 1) */
    public double unit() {
        return (value >>> 11) * 0x1.0p-53;
    }

    /**
     * A number in [low, high).
     *
     * @param low  the smallest value
     * @param high the bound
     * @return the number
     */
    public double between(double low, double high) {
        return low + unit() * (high - low);
    }

    /**
     * An integer in [low, high].
     *
     * @param low  the smallest value
     * @param high the largest value
     * @return the integer
     */
    public long range(long low, long high) {
        return low + (long) Math.floor(unit() * (high - low + 1));
    }

    /**
     * One of {@code items}.
     *
     * @param items a non-empty list
     * @param <T>   the items' type
     * @return the item
     */
    public <T> T pick(List<T> items) {
        return items.get((int) range(0, items.size() - 1));
    }

    /**
     * Hexadecimal digits.
     *
     * @param digits how many, at most 32
     * @return the digits
     */
    public String hex(int digits) {
        // the 16 digits of the value, then the 16 of the next mix, zero-padded, written into one array
        char[] text = new char[digits];
        long second = digits > 16 ? mix(value + 1) : 0;
        for (int i = 0; i < digits; i++) {
            long word = i < 16 ? value : second;
            text[i] = HEX_DIGITS[(int) (word >>> (60 - 4 * (i % 16))) & 0xF];
        }
        return new String(text);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
