package dev.appintel.mock.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The latest response bodies by request, least recently used first out. Bodies are a pure
 * function of the request, so a repeated request is answered from here; the cache holds at most
 * {@link #MAX_BYTES} in all, and bodies larger than {@link #MAX_BODY_BYTES} are never kept.
 * A body is kept only when its request comes a second time: under a load of ever new requests,
 * keeping every body filled the cache with bodies nobody asked for again, and the garbage
 * collector copied and promoted each of them before it was pushed out, which made the JVM grow its
 * heap. A small table of the hashes of requests seen once remembers who came before.
 */
final class BodyCache {

    /** The most bytes kept in all. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The largest body kept. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    /** How many request hashes the table of requests seen once holds (256 KiB). */
    static final int SEEN_SLOTS = 1 << 16;

    private final Map<String, byte[]> bodies = new LinkedHashMap<>(256, 0.75f, true);
    private final int[] seenOnce = new int[SEEN_SLOTS];
    private long bytes;

    /**
     * The body for {@code key}: the cached one, or one made by {@code make}, which is kept when
     * the key was asked for before.
     */
    byte[] get(String key, Supplier<byte[]> make) {
        boolean askedBefore;
        synchronized (this) {
            byte[] cached = bodies.get(key);
            if (cached != null) {
                return cached;
            }
            askedBefore = remember(key);
        }
        byte[] body = make.get();
        if (askedBefore && body.length <= MAX_BODY_BYTES) {
            put(key, body);
        }
        return body;
    }

    /** @return how many bytes are kept */
    synchronized long bytes() {
        return bytes;
    }

    /**
     * Whether the key's hash is in its slot of the table, and puts it there. Two keys sharing a
     * slot only make a body be kept one request early or late.
     */
    private boolean remember(String key) {
        int hash = key.hashCode() | 1;
        int slot = (hash ^ (hash >>> 16)) & (SEEN_SLOTS - 1);
        boolean before = seenOnce[slot] == hash;
        seenOnce[slot] = hash;
        return before;
    }

    private synchronized void put(String key, byte[] body) {
        byte[] previous = bodies.put(key, body);
        bytes += body.length - (previous == null ? 0 : previous.length);
        for (Iterator<byte[]> oldest = bodies.values().iterator(); bytes > MAX_BYTES && oldest.hasNext();) {
            bytes -= oldest.next().length;
            oldest.remove();
        }
    }
}
