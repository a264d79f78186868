package dev.appintel.generator.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.probe.SchemaTree.Located;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Values for id-like parameters, taken from the spec's examples of successful answers: an app id
 * for {@code app_ids} is a value of an {@code app_id} property in an example. Examples named after
 * the platform ({@code ios}, {@code android}, {@code unified}) give ids of that platform.
 *
 * <p>The search widens in steps and stops at the first that finds a value: the operation's own
 * example for the platform, every operation's examples for the platform, the operation's examples,
 * properties of its examples whose name ends with the wanted one ({@code unified_app_id} for
 * {@code app_ids}), then every example. Within a step the most frequent value comes first, so that a
 * country is {@code US} rather than the worldwide {@code WW} that few operations accept.
 */
final class ExampleValues {

    /** Example bodies by operationId, each keyed by example name; {@code default} for an unnamed one. */
    private final Map<String, Map<String, JsonNode>> examples;

    private ExampleValues(Map<String, Map<String, JsonNode>> examples) {
        this.examples = examples;
    }

    /** The examples of every operation's 200 answer. */
    static ExampleValues of(ApiModel model, SchemaTree tree) {
        Map<String, Map<String, JsonNode>> examples = new LinkedHashMap<>();
        for (Operation operation : model.operations()) {
            Located response = tree.resolve(tree.at(operation.location().pointer()).child("responses").child("200"));
            Located media = response.child("content").child("application/json");
            Map<String, JsonNode> named = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = media.node().path("examples").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> example = it.next();
                named.put(example.getKey(), tree.resolve(media.child("examples").child(example.getKey()))
                        .node().path("value"));
            }
            if (media.node().has("example")) {
                named.put("default", media.node().path("example"));
            }
            examples.put(operation.operationId(), named);
        }
        return new ExampleValues(examples);
    }

    /**
     * Up to {@code count} distinct values for the parameter {@code name} of {@code operationId},
     * each accepted by {@code accepts}; empty when no example has one.
     *
     * @param platform the value of the operation's platform path parameter, if it has one
     */
    List<String> find(String operationId, Optional<String> platform, String name, Predicate<String> accepts, int count) {
        List<String> names = keys(name);
        Predicate<String> exact = names::contains;
        String suffix = "_" + singular(base(name));
        Predicate<String> bySuffix = key -> key.endsWith(suffix);
        Map<String, JsonNode> own = examples.getOrDefault(operationId, Map.of());
        List<JsonNode> samePlatform = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        for (Map<String, JsonNode> named : examples.values()) {
            platform.map(named::get).ifPresent(samePlatform::add);
            all.addAll(named.values());
        }
        List<Step> steps = new ArrayList<>();
        if (platform.isPresent()) {
            steps.add(new Step(platform.map(own::get).map(List::of).orElse(List.of()), exact));
            steps.add(new Step(samePlatform, exact));
        }
        steps.add(new Step(List.copyOf(own.values()), exact));
        steps.add(new Step(List.copyOf(own.values()), bySuffix));
        steps.add(new Step(all, exact));
        for (Step step : steps) {
            List<String> found = collect(step.bodies(), step.keys(), accepts, count);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Where to look, and which property names hold the values. */
    private record Step(List<JsonNode> bodies, Predicate<String> keys) {
    }

    /** The most frequent accepted values of properties whose name {@code matches}, first seen first among equals. */
    private static List<String> collect(List<JsonNode> bodies, Predicate<String> matches, Predicate<String> accepts,
            int count) {
        Map<String, Integer> frequency = new LinkedHashMap<>();
        bodies.forEach(body -> gather(body, matches, accepts, frequency));
        return frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(count).map(Map.Entry::getKey).toList();
    }

    private static void gather(JsonNode node, Predicate<String> matches, Predicate<String> accepts,
            Map<String, Integer> frequency) {
        if (node.isArray()) {
            node.forEach(element -> gather(element, matches, accepts, frequency));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (matches.test(field.getKey())) {
                scalars(field.getValue()).stream().filter(accepts).forEach(value -> frequency.merge(value, 1, Integer::sum));
            }
            gather(field.getValue(), matches, accepts, frequency);
        }
    }

    /** A scalar's text, or the texts of an array's scalars. */
    private static List<String> scalars(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isValueNode() && !value.isNull()) {
            texts.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(element -> texts.addAll(element.isValueNode() && !element.isNull()
                    ? List.of(element.asText()) : List.of()));
        }
        return texts;
    }

    /** The property names that hold values of a parameter: its name, singular and plural. */
    static List<String> keys(String name) {
        String base = base(name);
        String singular = singular(base);
        String plural = singular.endsWith("y") ? singular.substring(0, singular.length() - 1) + "ies" : singular + "s";
        return List.of(base, singular, plural).stream().distinct().toList();
    }

    private static String base(String name) {
        return name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
    }

    static String singular(String name) {
        if (name.endsWith("ies")) {
            return name.substring(0, name.length() - 3) + "y";
        }
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
