package dev.appintel.generator.render.mock;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an operation as a Java expression over the runtime's {@code OperationSpec}: path template,
 * summary, parameters, rules and declared responses with their examples.
 */
final class RouteCode {

    private static final String ITEM_INDENT = "\n                        ";
    private static final String ARGUMENT_INDENT = "\n                ";

    private final ParamCode params;

    RouteCode(ModelTypes types) {
        this.params = new ParamCode(types);
    }

    /** The {@code OperationSpec} expression of {@code operation}. */
    String of(Operation operation) {
        return "new OperationSpec(" + Literals.string(operation.operationId()) + ", " + Literals.string(operation.method())
                + ", PathTemplate.of(" + Literals.string(operation.path()) + "),"
                + ARGUMENT_INDENT + Literals.string(operation.summary()) + ","
                + ARGUMENT_INDENT + list(operation.parameters().stream().map(parameter -> params.of(operation, parameter)).toList()) + ","
                + ARGUMENT_INDENT + rules(operation.rules()) + ","
                + ARGUMENT_INDENT + list(operation.responses().stream().map(RouteCode::reply).toList()) + ")";
    }

    /** The {@code Rules} expression of an operation's rules. */
    static String rules(OperationRules rules) {
        List<String> withers = new ArrayList<>();
        rules.dateRange().ifPresent(range -> withers.add("withDateRange(" + Literals.string(range.start()) + ", "
                + Literals.string(range.end()) + ")"));
        if (!rules.requiresOneOf().isEmpty()) {
            withers.add("requiringOneOf(" + Literals.strings(rules.requiresOneOf()) + ")");
        }
        rules.pagination().ifPresent(page -> withers.add("withPagination(new Rules.Pagination("
                + Literals.strings(List.of(page.page(), page.limit())) + ", " + page.firstPage() + ", "
                + Literals.strings(List.of(page.total(), page.items())) + "))"));
        rules.batching().ifPresent(batching -> withers.add("withBatching(" + Literals.string(batching.parameter())
                + ", " + batching.maxPerCall() + ")"));
        rules.segmentation().ifPresent(segments -> withers.add("withSegmentation("
                + Literals.string(segments.granularity()) + ", Map.ofEntries(" + segments.maxSpan().entrySet().stream()
                .map(span -> "Map.entry(" + Literals.string(span.getKey()) + ", Period.parse("
                        + Literals.string(span.getValue().toString()) + "))")
                .collect(Collectors.joining(", ")) + "))"));
        return withers.isEmpty() ? "Rules.NONE" : "Rules.NONE." + String.join(".", withers);
    }

    private static String reply(Response response) {
        String body = response.body().map(type -> "Optional.of(" + ShapeCode.ref(type) + ")").orElse("Optional.empty()");
        return "new Reply(" + response.status() + ", " + body + ", List.of(" + Literals.strings(response.headers())
                + "), " + examples(response.examples()) + ")";
    }

    private static String examples(Map<String, String> examples) {
        if (examples.isEmpty()) {
            return "Map.of()";
        }
        return "Map.ofEntries(" + examples.entrySet().stream()
                .map(example -> "Map.entry(" + Literals.string(example.getKey()) + ", " + Literals.string(example.getValue()) + ")")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "List.of()";
        }
        return "List.of(" + items.stream().map(item -> ITEM_INDENT + item).collect(Collectors.joining(",")) + ")";
    }
}
