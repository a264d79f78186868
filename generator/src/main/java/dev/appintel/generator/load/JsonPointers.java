package dev.appintel.generator.load;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON Pointers (RFC 6901) as plain strings: {@code ""} is the whole document and
 * {@code /paths/~1v1~1{os}~1apps/get} the operation under the path {@code /v1/{os}/apps}.
 */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer of {@code segment} (a key or an index, unescaped) under {@code pointer}. */
    public static String child(String pointer, String segment) {
        return pointer + "/" + escape(segment);
    }

    /** The pointer of the {@code index}-th element of the sequence at {@code pointer}. */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The pointer one level up; the whole document is its own parent. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped last segment, or {@code ""} for the whole document. */
    public static String lastSegment(String pointer) {
        return pointer.isEmpty() ? "" : unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    /** The unescaped segments, outermost first. */
    public static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String escaped : pointer.substring(1).split("/", -1)) {
                segments.add(unescape(escaped));
            }
        }
        return segments;
    }

    /** Escapes {@code ~} as {@code ~0} and {@code /} as {@code ~1}. */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** Reverses {@link #escape}. */
    public static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
