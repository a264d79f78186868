package dev.appintel.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
     * Reports each reference that leads nowhere, or out of the document, at its {@code $ref}.
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
            if (!pointer.endsWith(REF_KEY) || JsonPointers.isInsideData(pointer)) {
                continue;
            }
            String ref = scalar.getValue();
            if (!ref.startsWith("#")) {
                problems.report(pointer, "$ref '" + ref + "' points outside this file; only references within the"
                        + " spec (#/...) are supported");
            } else if (!exists.test(JsonPointers.ofFragment(ref))) {
                problems.report(pointer, "$ref '" + ref + "' points to nothing");
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
}
