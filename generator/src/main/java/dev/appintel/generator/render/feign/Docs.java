package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.Constraints;
import dev.appintel.generator.model.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The Markdown sentences the generated Javadoc adds to the spec's own descriptions. */
final class Docs {

    /** The note on schemas the spec marks {@code x-provisional}. */
    static final String PROVISIONAL = "**Provisional:** this shape is inferred rather than documented, "
            + "so it is deliberately tolerant and may change.";

    private Docs() {
    }

    /** {@code text}, or {@code fallback} when it is blank. */
    static String orFallback(String text, String fallback) {
        return text.isBlank() ? fallback : text;
    }

    /** A property's description with its unit and whether it may be {@code null}. */
    static String property(Property property) {
        List<String> parts = new ArrayList<>();
        if (!property.description().isBlank()) {
            parts.add(sentence(property.description()));
        }
        property.unit().ifPresent(unit -> parts.add("Unit: " + unit + "."));
        parts.addAll(constraints(property.constraints(), false));
        if (property.nullable() || !property.required()) {
            parts.add("May be `null`.");
        }
        return parts.isEmpty() ? "the `" + property.jsonName() + "` property" : String.join("\n", parts);
    }

    /** Sentences for a value's limits; {@code list} says whether item limits apply. */
    static List<String> constraints(Constraints constraints, boolean list) {
        List<String> out = new ArrayList<>();
        constraints.minItems().filter(min -> list && min > 1).ifPresent(min -> out.add("At least " + count(min, "value") + "."));
        constraints.maxItems().filter(max -> list).ifPresent(max -> out.add("At most " + count(max, "value") + "."));
        constraints.minLength().filter(min -> min > 1).ifPresent(min -> out.add("At least " + count(min, "character") + "."));
        constraints.maxLength().ifPresent(max -> out.add("At most " + count(max, "character") + "."));
        constraints.pattern().ifPresent(pattern -> out.add("Pattern: `" + pattern + "`."));
        constraints.minimum().ifPresent(min -> out.add("Minimum: " + plain(min) + "."));
        constraints.maximum().ifPresent(max -> out.add("Maximum: " + plain(max) + "."));
        if (!constraints.allowedValues().isEmpty()) {
            out.add("Allowed values: " + constraints.allowedValues().stream().map(value -> "`" + value + "`")
                    .collect(Collectors.joining(", ")) + ".");
        }
        return out;
    }

    /** The text ending with a full stop, so that further sentences can follow it. */
    static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.endsWith(":") || trimmed.endsWith("?") || trimmed.endsWith("!")
                ? trimmed : trimmed + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
