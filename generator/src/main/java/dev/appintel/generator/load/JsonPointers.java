package dev.appintel.generator.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

    /**
     * Whether the pointer is inside a value that is data rather than spec: examples, defaults,
     * enum values and extensions (a property that happens to be called {@code default} is spec).
     */
    public static boolean isInsideData(String pointer) {
        List<String> segments = segments(pointer);
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (i > 0 && segments.get(i - 1).equals("properties")) {
                continue;
            }
            boolean exampleValue = segment.equals("value") && i >= 2 && segments.get(i - 2).equals("examples");
            if (segment.equals("example") || segment.equals("default") || segment.equals("enum")
                    || segment.startsWith("x-") || exampleValue) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pointer a local reference names: {@code #/paths/~1v1~1%7Bos%7D} is
     * {@code /paths/~1v1~1{os}}, the percent-encoding that URI fragments may use undone.
     */
    public static String ofFragment(String ref) {
        String fragment = ref.startsWith("#") ? ref.substring(1) : ref;
        if (!fragment.contains("%")) {
            return fragment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '%' && i + 2 < fragment.length() && isHex(fragment, i + 1) && isHex(fragment, i + 2)) {
                bytes.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int index) {
        return Character.digit(text.charAt(index), 16) >= 0;
    }
}
