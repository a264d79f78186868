package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.runtime.Field;
import dev.appintel.runtime.Shape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Objects that are a breakdown: every property a ratio, at least {@value #MIN_PARTS} of them (the
 * shares of gender and age buckets). Their shares are scaled to add up to 1.
 */
final class Shares {

    static final int MIN_PARTS = 4;

    private Shares() {
    }

    /**
     * Whether {@link #normalize} can change an object of this shape: it has {@code female} and
     * {@code male}, or it is a breakdown.
     */
    static boolean applies(Shape.ObjectShape shape) {
        return shape.field("female").isPresent() && shape.field("male").isPresent()
                || shape.fields().size() >= MIN_PARTS && shape.fields().stream().allMatch(Shares::isRatio);
    }

    /**
     * Scales the shares of {@code node} to add up to 1 when {@code shape} is a breakdown, and makes
     * {@code male} the complement of {@code female}.
     */
    static void normalize(Shape.ObjectShape shape, ObjectNode node) {
        if (node.path("female").isNumber() && node.path("male").isNumber()) {
            node.put("male", BigDecimal.ONE.subtract(node.get("female").decimalValue()));
        }
        if (shape.fields().size() < MIN_PARTS || !shape.fields().stream().allMatch(Shares::isRatio)) {
            return;
        }
        List<String> names = new ArrayList<>();
        double total = 0;
        for (Field field : shape.fields()) {
            JsonNode value = node.get(field.name());
            if (value != null && value.isNumber()) {
                names.add(field.name());
                total += value.doubleValue();
            }
        }
        if (total <= 0 || names.isEmpty()) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < names.size(); i++) {
            BigDecimal share = i == names.size() - 1 ? BigDecimal.ONE.subtract(sum).max(BigDecimal.ZERO)
                    : BigDecimal.valueOf(node.get(names.get(i)).doubleValue() / total).setScale(6, RoundingMode.HALF_UP);
            node.put(names.get(i), share.stripTrailingZeros());
            sum = sum.add(share);
        }
    }

    private static boolean isRatio(Field field) {
        return field.limits().unit().filter("ratio"::equals).isPresent();
    }
}
