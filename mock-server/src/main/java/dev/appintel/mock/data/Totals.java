package dev.appintel.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Totals that are sums of their parts, by name: {@code unified_units} is the sum of the other
 * {@code *_units} of the same object ({@code android_units}, {@code ipad_units}, ...).
 */
final class Totals {

    private static final String TOTAL_PREFIX = "unified_";

    private Totals() {
    }

    /** Sets each {@code unified_x} of {@code node} to the sum of its {@code *_x} siblings, when it has any. */
    static void apply(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String total : names) {
            if (!total.startsWith(TOTAL_PREFIX) || !node.get(total).isIntegralNumber()) {
                continue;
            }
            String suffix = "_" + total.substring(TOTAL_PREFIX.length());
            long sum = 0;
            int parts = 0;
            for (Iterator<String> fields = node.fieldNames(); fields.hasNext();) {
                String name = fields.next();
                JsonNode value = node.get(name);
                if (!name.equals(total) && name.endsWith(suffix) && value.isIntegralNumber()) {
                    sum += value.longValue();
                    parts++;
                }
            }
            if (parts > 0) {
                node.put(total, sum);
            }
        }
    }
}
