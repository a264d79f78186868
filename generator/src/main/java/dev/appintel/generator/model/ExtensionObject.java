package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value of an {@code x-appintel-*} extension that is an object, read key by key. Every
 * problem (not an object, a key missing or of the wrong type, an unknown key) is reported at the
 * key, with a label such as {@code getApps: x-appintel-batching}.
 */
final class ExtensionObject {

    private final Map<?, ?> value;
    private final String pointer;
    private final String label;
    private final SpecProblems problems;

    private ExtensionObject(Map<?, ?> value, String pointer, String label, SpecProblems problems) {
        this.value = value;
        this.pointer = pointer;
        this.label = label;
        this.problems = problems;
    }

    /**
     * Reads {@code value} as an object with exactly the keys {@code keys}.
     *
     * @return empty, with a problem reported, when it is not an object
     */
    static Optional<ExtensionObject> of(Object value, String pointer, String label, List<String> keys,
            SpecProblems problems) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.report(pointer, label + " must be an object with " + String.join(", ", keys));
            return Optional.empty();
        }
        for (Object key : map.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                problems.report(JsonPointers.child(pointer, String.valueOf(key)),
                        label + " has no key '" + key + "'; its keys are " + String.join(", ", keys));
            }
        }
        return Optional.of(new ExtensionObject(map, pointer, label, problems));
    }

    /** The pointer of a key's value. */
    String pointer(String key) {
        return JsonPointers.child(pointer, key);
    }

    /** {@code getApps: x-appintel-batching.parameter}, for messages. */
    String label(String key) {
        return label + "." + key;
    }

    Optional<String> string(String key) {
        return required(key).flatMap(found -> found instanceof String text ? Optional.of(text)
                : wrongType(key, "a string", found));
    }

    Optional<Integer> integer(String key) {
        return required(key).flatMap(found -> found instanceof Integer number ? Optional.of(number)
                : wrongType(key, "an integer", found));
    }

    Optional<List<String>> strings(String key) {
        Optional<Object> found = required(key);
        if (found.isPresent() && (!(found.get() instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance))) {
            return wrongType(key, "a list of strings", found.get());
        }
        return found.map(list -> new ArrayList<>(((List<?>) list).stream().map(String.class::cast).toList()));
    }

    Optional<Map<String, String>> stringMap(String key) {
        Optional<Object> found = required(key);
        if (found.isPresent() && (!(found.get() instanceof Map<?, ?> map)
                || !map.values().stream().allMatch(String.class::isInstance))) {
            return wrongType(key, "an object of strings", found.get());
        }
        Map<String, String> strings = new LinkedHashMap<>();
        found.ifPresent(map -> ((Map<?, ?>) map).forEach((k, v) -> strings.put(String.valueOf(k), (String) v)));
        return found.map(map -> strings);
    }

    /** A list of JSON Pointers into a response body; {@code ""} is the whole body. */
    Optional<List<String>> pointers(String key) {
        Optional<List<String>> pointers = strings(key);
        pointers.ifPresent(list -> list.stream().filter(item -> !item.isEmpty() && !item.startsWith("/"))
                .forEach(item -> problems.report(pointer(key), label(key) + " has '" + item
                        + "', which is not a JSON Pointer such as /data (\"\" is the whole body)")));
        return pointers;
    }

    /** A JSON Pointer to a value inside a response body, such as {@code /count}. */
    Optional<String> innerPointer(String key) {
        Optional<String> found = string(key);
        if (found.isPresent() && !found.get().startsWith("/")) {
            problems.report(pointer(key), label(key) + " is '" + found.get()
                    + "', which is not a JSON Pointer into the body such as /count");
        }
        return found;
    }

    private Optional<Object> required(String key) {
        Object found = value.get(key);
        if (found == null) {
            problems.report(pointer, label(key) + " is missing");
        }
        return Optional.ofNullable(found);
    }

    private <T> Optional<T> wrongType(String key, String expected, Object found) {
        problems.report(pointer(key), label(key) + " must be " + expected + ", got " + found);
        return Optional.empty();
    }
}
