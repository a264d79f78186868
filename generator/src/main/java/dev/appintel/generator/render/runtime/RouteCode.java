package dev.appintel.generator.render.runtime;

import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an operation as a Java expression over the runtime's {@code OperationSpec}: path template,
 * summary, parameters, rules and declared responses with their examples. Both targets build their
 * operation specs with it, the feign-client target's catalog without the responses, so that the
 * mock and the client read one operation the same way.
 */
public final class RouteCode {

    private static final String ITEM_INDENT = "\n                        ";
    private static final String ARGUMENT_INDENT = "\n                ";

    private final ParamCode params;

    /**
     * A writer of the operations of the model whose types are indexed.
     *
     * @param types the model's types, by schema name
     */
    public RouteCode(ModelIndex types) {
        this.params = new ParamCode(types);
    }

    /**
     * The {@code OperationSpec} expression of {@code operation}, with its declared responses.
     *
     * @param operation an operation of the model
     * @return the expression
     */
    public String of(Operation operation) {
        return spec(operation, list(operation.responses().stream().map(RouteCode::reply).toList()));
    }

    /**
     * The {@code OperationSpec} expression of {@code operation} without its declared responses,
     * for a client, which reads responses by its own types.
     *
     * @param operation an operation of the model
     * @return the expression
     * @throws dev.appintel.generator.render.RenderException when a parameter cannot be described
     */
    public String withoutReplies(Operation operation) {
        return spec(operation, "List.of()");
    }

    /**
     * The runtime types an {@code OperationSpec} expression without replies may name, as simple names.
     *
     * @return the simple names
     */
    public static List<String> specTypes() {
        return List.of("Limits", "OperationSpec", "Param", "PathTemplate", "Rules", "ScalarKind");
    }

    private String spec(Operation operation, String replies) {
        return "new OperationSpec(" + JavaLiterals.string(operation.operationId()) + ", " + JavaLiterals.string(operation.method())
                + ", PathTemplate.of(" + JavaLiterals.string(operation.path()) + "),"
                + ARGUMENT_INDENT + JavaLiterals.string(operation.summary()) + ","
                + ARGUMENT_INDENT + list(operation.parameters().stream().map(parameter -> params.of(operation, parameter)).toList()) + ","
                + ARGUMENT_INDENT + rules(operation.rules()) + ","
                + ARGUMENT_INDENT + replies + ")";
    }

    /** The {@code Rules} expression of an operation's rules. */
    static String rules(OperationRules rules) {
        List<String> withers = new ArrayList<>();
        rules.dateRange().ifPresent(range -> withers.add("withDateRange(" + JavaLiterals.string(range.start()) + ", "
                + JavaLiterals.string(range.end()) + ")"));
        if (!rules.requiresOneOf().isEmpty()) {
            withers.add("requiringOneOf(" + JavaLiterals.strings(rules.requiresOneOf()) + ")");
        }
        rules.pagination().ifPresent(page -> withers.add("withPagination(new Rules.Pagination("
                + JavaLiterals.strings(List.of(page.page(), page.limit())) + ", " + page.firstPage() + ", "
                + JavaLiterals.strings(List.of(page.total(), page.items())) + "))"));
        rules.batching().ifPresent(batching -> withers.add("withBatching(new Rules.Batching("
                + JavaLiterals.string(batching.parameter()) + ", " + batching.maxPerCall() + ", List.of("
                + JavaLiterals.strings(batching.concat()) + ")))"));
        rules.segmentation().ifPresent(segments -> withers.add("withSegmentation(new Rules.Segmentation("
                + JavaLiterals.strings(List.of(segments.start(), segments.end(), segments.granularity()))
                + ", Map.ofEntries(" + segments.maxSpan().entrySet().stream()
                .map(span -> "Map.entry(" + JavaLiterals.string(span.getKey()) + ", Period.parse("
                        + JavaLiterals.string(span.getValue().toString()) + "))")
                .collect(Collectors.joining(", ")) + "), List.of(" + JavaLiterals.strings(segments.concat()) + ")))"));
        return withers.isEmpty() ? "Rules.NONE" : "Rules.NONE." + String.join(".", withers);
    }

    private static String reply(Response response) {
        String body = response.body().map(type -> "Optional.of(" + ShapeCode.ref(type) + ")").orElse("Optional.empty()");
        return "new Reply(" + response.status() + ", " + body + ", List.of(" + JavaLiterals.strings(response.headers())
                + "), " + examples(response.examples()) + ")";
    }

    private static String examples(Map<String, String> examples) {
        if (examples.isEmpty()) {
            return "Map.of()";
        }
        return "Map.ofEntries(" + examples.entrySet().stream()
                .map(example -> "Map.entry(" + JavaLiterals.string(example.getKey()) + ", " + JavaLiterals.string(example.getValue()) + ")")
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "List.of()";
        }
        return "List.of(" + items.stream().map(item -> ITEM_INDENT + item).collect(Collectors.joining(",")) + ")";
    }
}
