package dev.appintel.mock.http;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The latest response bodies by request, least recently used first out. Bodies are a pure
 * function of the request, so a repeated request is answered from here; the cache holds at most
 * {@link #MAX_BYTES} in all, and bodies larger than {@link #MAX_BODY_BYTES} are never kept.
 */
final class BodyCache {

    /** The most bytes kept in all. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The largest body kept. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final Map<String, byte[]> bodies = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** The body for {@code key}, made by {@code make} and kept when it is not cached yet. */
    byte[] get(String key, Supplier<byte[]> make) {
        synchronized (this) {
            byte[] cached = bodies.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] body = make.get();
        if (body.length <= MAX_BODY_BYTES) {
            put(key, body);
        }
        return body;
    }

    /** @return how many bytes are kept */
    synchronized long bytes() {
        return bytes;
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
