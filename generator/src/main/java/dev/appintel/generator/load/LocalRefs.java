package dev.appintel.generator.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that every {@code $ref} of the document points to a node of the same document. Swagger
 * Parser reports a missing schema but not a missing parameter, response or example, and the
 * generator reads a single file, so references into other files are refused too.
 */
final class LocalRefs {

    private static final String REF_KEY = "/$ref";

    private LocalRefs() {
    }

    /**
     * Reports each reference that leads nowhere, or out of the document, at the node that holds it.
     *
     * @return the references that lead nowhere, as written
     */
    static Set<String> check(YamlPositions document, SpecProblems problems) {
        Set<String> broken = new LinkedHashSet<>();
        for (Map.Entry<String, String> scalar : document.scalars().entrySet()) {
            String pointer = scalar.getKey();
            if (!pointer.endsWith(REF_KEY) || isData(pointer)) {
                continue;
            }
            String holder = pointer.substring(0, pointer.length() - REF_KEY.length());
            String ref = scalar.getValue();
            if (!ref.startsWith("#")) {
                problems.report(holder, "$ref '" + ref + "' points outside this file; only references within the"
                        + " spec (#/...) are supported");
            } else if (!document.contains(percentDecoded(ref.substring(1)))) {
                problems.report(holder, "$ref '" + ref + "' points to nothing");
                broken.add(ref);
            }
        }
        return broken;
    }

    /**
     * Whether the pointer is inside a value that is data rather than spec: examples, defaults,
     * enum values and extensions (a property that happens to be called {@code default} is spec).
     */
    private static boolean isData(String pointer) {
        List<String> segments = JsonPointers.segments(pointer);
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

    /** Undoes the percent-encoding that URI fragments may use. */
    private static String percentDecoded(String fragment) {
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
