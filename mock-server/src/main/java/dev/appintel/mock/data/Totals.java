package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.runtime.Field;
import dev.appintel.runtime.ScalarKind;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Totals that are sums of their parts, by name: {@code unified_units} is the sum of the other
 * {@code *_units} of the same object ({@code android_units}, {@code ipad_units}, ...);
 * {@code organic_abs} is the sum of {@code organic_*_abs} (a single part is a share of its whole);
 * each {@code x_frac} is {@code x_abs} over the sum of the top-level {@code *_abs}.
 */
final class Totals {

    private static final String TOTAL_PREFIX = "unified_";
    private static final String ABS = "_abs";
    private static final String FRAC = "_frac";

    private Totals() {
    }

    /**
     * What {@link #apply(Plan, ObjectNode)} does to objects of a shape without open entries, worked
     * out once: each {@code unified_} total with its parts, in property order, and whether
     * absolutes appear.
     *
     * @param shape the object's shape
     * @return the plan, or empty when the shape's objects have no totals
     */
    static Optional<Plan> plan(Shape.ObjectShape shape) {
        // a total is a whole number: a unified_ id or name is no sum (an app's unified_app_id)
        Set<String> notTotals = shape.fields().stream().filter(field -> !mayBeWhole(field.shape()))
                .map(Field::name).collect(Collectors.toSet());
        return plan(shape.fields().stream().map(Field::name).toList(), notTotals);
    }

    /** Whether values of the shape may be whole numbers, so that a property of it may be a total. */
    private static boolean mayBeWhole(Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            return whole(scalar.kind());
        }
        if (shape instanceof Shape.Enumeration enumeration) {
            return whole(enumeration.kind());
        }
        return !(shape instanceof Shape.ObjectShape || shape instanceof Shape.ListOf || shape instanceof Shape.MapOf);
    }

    private static boolean whole(ScalarKind kind) {
        return kind == ScalarKind.INT32 || kind == ScalarKind.INT64;
    }

    /** The plan for an object with these property names, in order, none of {@code notTotals} a total. */
    private static Optional<Plan> plan(List<String> names, Set<String> notTotals) {
        List<Sum> sums = new ArrayList<>();
        boolean absolutes = false;
        for (String name : names) {
            absolutes |= name.endsWith(ABS);
            if (name.startsWith(TOTAL_PREFIX) && !notTotals.contains(name)) {
                String suffix = "_" + name.substring(TOTAL_PREFIX.length());
                sums.add(new Sum(name, names.stream().filter(part -> !part.equals(name) && part.endsWith(suffix)).toList()));
            }
        }
        return sums.isEmpty() && !absolutes ? Optional.empty() : Optional.of(new Plan(List.copyOf(sums), absolutes));
    }

    /** Makes the totals of an object of a planned shape the sums of their parts. */
    static void apply(Plan plan, ObjectNode node) {
        for (Sum sum : plan.sums()) {
            JsonNode total = node.get(sum.total());
            if (total == null || !total.isIntegralNumber()) {
                continue;
            }
            long value = 0;
            int parts = 0;
            for (String name : sum.parts()) {
                JsonNode part = node.get(name);
                if (part != null && part.isIntegralNumber()) {
                    value += part.longValue();
                    parts++;
                }
            }
            if (parts > 0) {
                node.put(sum.total(), value);
            }
        }
        if (plan.absolutes()) {
            absolutes(node);
        }
    }

    /** The sums and absolutes of a shape. */
    record Plan(List<Sum> sums, boolean absolutes) {
    }

    /** A {@code unified_} total and the properties it sums. */
    record Sum(String total, List<String> parts) {
    }

    /** Makes the totals of {@code node} the sums of their parts, planned from its own property names. */
    static void apply(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        plan(names, Set.of()).ifPresent(plan -> apply(plan, node));
    }

    private static void absolutes(ObjectNode node) {
        List<String> prefixes = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (name.endsWith(ABS) && node.get(name).isNumber()) {
                prefixes.add(name.substring(0, name.length() - ABS.length()));
            }
        });
        double total = 0;
        for (String prefix : prefixes) {
            List<String> parts = prefixes.stream().filter(other -> other.startsWith(prefix + "_")).toList();
            if (parts.size() > 1) {
                node.put(prefix + ABS, round(parts.stream().mapToDouble(part -> node.get(part + ABS).doubleValue()).sum(), 1));
            } else if (parts.size() == 1) {
                node.put(parts.get(0) + ABS, round(node.get(prefix + ABS).doubleValue() * 0.8, 1));
            }
            total += prefix.contains("_") ? 0 : node.get(prefix + ABS).doubleValue();
        }
        for (String prefix : prefixes) {
            if (node.has(prefix + FRAC) && total > 0) {
                node.put(prefix + FRAC, round(node.get(prefix + ABS).doubleValue() / total, 6));
            }
        }
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
