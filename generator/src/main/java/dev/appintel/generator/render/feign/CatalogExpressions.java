package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.Constraints;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Parameter.WireEncoding;
import dev.appintel.generator.model.ParameterLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Java expression that builds one operation's {@code OperationMetadata} in the generated
 * catalog: {@code OperationMetadata.of(...)} with a {@code Parameter.builder(...)} chain per
 * parameter, then a {@code withX(...)} call per rule. Every string is a Java literal.
 */
final class CatalogExpressions {

    private static final String CONTINUATION = "        ";

    private CatalogExpressions() {
    }

    /**
     * The expression's lines, without indentation of the first.
     *
     * @param api  the simple name of the operation's interface
     * @param last whether no entry follows, so that the expression ends without a comma
     */
    static List<String> lines(Operation operation, String api, boolean last) {
        List<String> lines = new ArrayList<>();
        String head = "OperationMetadata.of(" + JavaLiterals.string(operation.operationId()) + ", " + api + ".class, "
                + JavaLiterals.string(operation.javaName()) + ", List.of(";
        List<Parameter> parameters = operation.parameters();
        if (parameters.isEmpty()) {
            lines.add(head + "))");
        } else {
            lines.add(head);
            for (int i = 0; i < parameters.size(); i++) {
                lines.add(CONTINUATION + parameter(parameters.get(i)) + (i == parameters.size() - 1 ? "))" : ","));
            }
        }
        rules(operation.rules()).forEach(rule -> lines.add(CONTINUATION + rule));
        int end = lines.size() - 1;
        lines.set(end, lines.get(end) + (last ? "" : ","));
        return lines;
    }

    private static String parameter(Parameter parameter) {
        StringBuilder out = new StringBuilder("Parameter.builder(").append(JavaLiterals.string(parameter.name()))
                .append(", ").append(JavaLiterals.string(parameter.javaName())).append(", Location.")
                .append(parameter.location() == ParameterLocation.PATH ? "PATH" : "QUERY").append(")");
        if (parameter.required()) {
            out.append(".required()");
        }
        if (parameter.encoding() != WireEncoding.SINGLE) {
            out.append(".encoding(Encoding.").append(parameter.encoding().name()).append(")");
        }
        constraints(parameter.constraints(), out);
        parameter.earliestDate().ifPresent(date -> out.append(".earliestDate(\"").append(date).append("\")"));
        parameter.alignment().ifPresent(alignment -> out.append(".alignment(DateAlignment.").append(alignment.name())
                .append(")"));
        parameter.explodedAlias().ifPresent(alias -> out.append(".explodedAlias(").append(JavaLiterals.string(alias))
                .append(")"));
        return out.append(".build()").toString();
    }

    private static void constraints(Constraints constraints, StringBuilder out) {
        if (!constraints.allowedValues().isEmpty()) {
            out.append(".allowedValues(").append(strings(constraints.allowedValues())).append(")");
        }
        constraints.minItems().ifPresent(count -> out.append(".minItems(").append(count).append(")"));
        constraints.maxItems().ifPresent(count -> out.append(".maxItems(").append(count).append(")"));
        constraints.minLength().ifPresent(length -> out.append(".minLength(").append(length).append(")"));
        constraints.maxLength().ifPresent(length -> out.append(".maxLength(").append(length).append(")"));
        constraints.pattern().ifPresent(regex -> out.append(".pattern(").append(JavaLiterals.string(regex)).append(")"));
        constraints.minimum().ifPresent(min -> out.append(".minimum(\"").append(min.toPlainString()).append("\")"));
        constraints.maximum().ifPresent(max -> out.append(".maximum(\"").append(max.toPlainString()).append("\")"));
    }

    private static List<String> rules(OperationRules rules) {
        List<String> out = new ArrayList<>();
        rules.batching().ifPresent(batching -> out.add(".withBatching(new Batching(" + JavaLiterals.string(batching.parameter())
                + ", " + batching.maxPerCall() + ", List.of(" + strings(batching.concat()) + ")))"));
        rules.segmentation().ifPresent(segmentation -> out.add(".withSegmentation(new Segmentation("
                + strings(List.of(segmentation.start(), segmentation.end(), segmentation.granularity())) + ", Map.ofEntries("
                + segmentation.maxSpan().entrySet().stream().map(span -> "Map.entry(" + JavaLiterals.string(span.getKey())
                        + ", Period.parse(\"" + span.getValue() + "\"))").collect(Collectors.joining(", "))
                + "), List.of(" + strings(segmentation.concat()) + ")))"));
        rules.pagination().ifPresent(pagination -> out.add(".withPagination(new Pagination("
                + strings(List.of(pagination.page(), pagination.limit())) + ", " + pagination.firstPage() + ", "
                + strings(List.of(pagination.total(), pagination.items())) + "))"));
        rules.dateRange().ifPresent(range -> out.add(".withDateRange(new DateRange("
                + strings(List.of(range.start(), range.end())) + "))"));
        if (!rules.requiresOneOf().isEmpty()) {
            out.add(".withRequiresOneOf(" + strings(rules.requiresOneOf()) + ")");
        }
        return out;
    }

    private static String strings(List<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }
}
