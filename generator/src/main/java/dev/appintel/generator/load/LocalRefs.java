package dev.appintel.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

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
        return check(document.scalars(), document::contains, problems);
    }

    /** The same check on a tree read by Jackson, for the loader's single-parse path. */
    static Set<String> check(JsonNode document, SpecProblems problems) {
        Map<String, String> refs = new LinkedHashMap<>();
        collectRefs(document, "", refs);
        return check(refs, pointer -> !document.at(pointer).isMissingNode(), problems);
    }

    private static Set<String> check(Map<String, String> scalars, Predicate<String> exists, SpecProblems problems) {
        Set<String> broken = new LinkedHashSet<>();
        for (Map.Entry<String, String> scalar : scalars.entrySet()) {
            String pointer = scalar.getKey();
            if (!pointer.endsWith(REF_KEY) || isData(pointer)) {
                continue;
            }
            String holder = pointer.substring(0, pointer.length() - REF_KEY.length());
            String ref = scalar.getValue();
            if (!ref.startsWith("#")) {
                problems.report(holder, "$ref '" + ref + "' points outside this file; only references within the"
                        + " spec (#/...) are supported");
            } else if (!exists.test(percentDecoded(ref.substring(1)))) {
                problems.report(holder, "$ref '" + ref + "' points to nothing");
                broken.add(ref);
            }
        }
        return broken;
    }

    private static void collectRefs(JsonNode node, String pointer, Map<String, String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = JsonPointers.child(pointer, field.getKey());
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.put(child, field.getValue().textValue());
                } else {
                    collectRefs(field.getValue(), child, refs);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(node.get(i), JsonPointers.child(pointer, i), refs);
            }
        }
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
