package dev.appintel.generator.model;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.load.SpecProblems;
import dev.appintel.generator.model.OperationRules.Batching;
import dev.appintel.generator.model.OperationRules.DateRange;
import dev.appintel.generator.model.OperationRules.Pagination;
import dev.appintel.generator.model.OperationRules.Segmentation;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads an operation's {@code x-appintel-*} rules and checks them against its parameters: every
 * named parameter must exist and be of the right kind, a batch must fit the list's
 * {@code maxItems}, and segment spans must be ISO periods keyed by the granularity's values.
 */
final class RulesReader {

    private static final TypeRef DATE = new TypeRef.Scalar(TypeRef.ScalarKind.DATE);

    private final TypeRegistry registry;
    private final SpecProblems problems;

    /** The operation whose rules are read. */
    private record Op(String id, List<Parameter> parameters, Map<String, Object> extensions, String pointer) {

        Optional<Parameter> parameter(String name) {
            return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
        }

        String parameterNames() {
            return parameters.stream().map(Parameter::name).collect(Collectors.joining(", "));
        }
    }

    RulesReader(TypeRegistry registry, SpecProblems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    OperationRules read(String operationId, List<Parameter> parameters, Map<String, Object> extensions,
            String pointer) {
        Op op = new Op(operationId, parameters, extensions == null ? Map.of() : extensions, pointer);
        return new OperationRules(batching(op), segmentation(op), pagination(op), dateRange(op), requiresOneOf(op));
    }

    private Optional<Batching> batching(Op op) {
        return rule(op, Extensions.BATCHING, "parameter", "maxPerCall", "concat").flatMap(rule -> {
            Optional<Parameter> parameter = parameter(op, rule, "parameter");
            parameter.filter(found -> !(found.type() instanceof TypeRef.ListOf)).ifPresent(found -> problems.report(
                    rule.pointer("parameter"), rule.label("parameter") + " names '" + found.name()
                            + "', which is not a list"));
            Optional<Integer> maxPerCall = rule.integer("maxPerCall").filter(max -> fitsBatch(max, parameter, rule));
            Optional<List<String>> concat = rule.pointers("concat");
            if (parameter.isEmpty() || maxPerCall.isEmpty() || concat.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Batching(parameter.get().name(), maxPerCall.get(), concat.get()));
        });
    }

    private boolean fitsBatch(int maxPerCall, Optional<Parameter> parameter, ExtensionObject rule) {
        Optional<Integer> maxItems = parameter.flatMap(found -> found.constraints().maxItems());
        if (maxPerCall < 1) {
            problems.report(rule.pointer("maxPerCall"), rule.label("maxPerCall") + " is " + maxPerCall
                    + "; it must be at least 1");
            return false;
        }
        if (maxItems.isPresent() && maxPerCall > maxItems.get()) {
            problems.report(rule.pointer("maxPerCall"), rule.label("maxPerCall") + " is " + maxPerCall + ", more than the "
                    + maxItems.get() + " values '" + parameter.get().name() + "' accepts (maxItems)");
        }
        return true;
    }

    private Optional<Segmentation> segmentation(Op op) {
        return rule(op, Extensions.DATE_SEGMENTATION, "start", "end", "granularity", "maxSpan", "concat")
                .flatMap(rule -> {
                    Optional<Parameter> start = dateParameter(op, rule, "start");
                    Optional<Parameter> end = dateParameter(op, rule, "end");
                    Optional<Parameter> granularity = parameter(op, rule, "granularity");
                    Optional<Map<String, Period>> maxSpan = rule.stringMap("maxSpan")
                            .flatMap(spans -> spans(rule, spans, granularity));
                    Optional<List<String>> concat = rule.pointers("concat");
                    if (start.isEmpty() || end.isEmpty() || granularity.isEmpty() || maxSpan.isEmpty()
                            || concat.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Segmentation(start.get().name(), end.get().name(), granularity.get().name(),
                            maxSpan.get(), concat.get()));
                });
    }

    /** The spans by granularity value; empty when one is wrong (and reported). */
    private Optional<Map<String, Period>> spans(ExtensionObject rule, Map<String, String> spans,
            Optional<Parameter> granularity) {
        List<String> values = granularity.map(found -> found.constraints().allowedValues()).orElse(List.of());
        granularity.filter(found -> values.isEmpty()).ifPresent(found -> problems.report(rule.pointer("granularity"),
                rule.label("granularity") + " names '" + found.name() + "', which has no enum values"));
        Map<String, Period> periods = new LinkedHashMap<>();
        spans.forEach((value, text) -> period(rule, value, text).ifPresent(period -> periods.put(value, period)));
        boolean valid = periods.size() == spans.size();
        for (String value : spans.keySet()) {
            if (!values.isEmpty() && !values.contains(value)) {
                valid = false;
                problems.report(JsonPointers.child(rule.pointer("maxSpan"), value), rule.label("maxSpan") + " has '"
                        + value + "', which is not a value of '" + granularity.get().name() + "' ("
                        + String.join(", ", values) + ")");
            }
        }
        List<String> uncovered = new ArrayList<>(values);
        uncovered.removeAll(spans.keySet());
        if (!uncovered.isEmpty()) {
            problems.report(rule.pointer("maxSpan"), rule.label("maxSpan") + " has no span for "
                    + String.join(", ", uncovered));
        }
        return valid ? Optional.of(periods) : Optional.empty();
    }

    private Optional<Period> period(ExtensionObject rule, String value, String text) {
        String at = JsonPointers.child(rule.pointer("maxSpan"), value);
        try {
            Period period = Period.parse(text);
            if (!period.isNegative() && !period.isZero()) {
                return Optional.of(period);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.report(at, rule.label("maxSpan") + "." + value + " is '" + text
                + "', which is not a positive ISO-8601 period such as P7D, P3M or P1Y");
        return Optional.empty();
    }

    private Optional<Pagination> pagination(Op op) {
        return rule(op, Extensions.PAGINATION, "page", "limit", "firstPage", "total", "items").flatMap(rule -> {
            Optional<Parameter> page = integerParameter(op, rule, "page");
            Optional<Parameter> limit = integerParameter(op, rule, "limit");
            Optional<Integer> firstPage = rule.integer("firstPage");
            firstPage.filter(first -> first < 0).ifPresent(first -> problems.report(rule.pointer("firstPage"),
                    rule.label("firstPage") + " is " + first + "; it must not be negative"));
            Optional<String> total = rule.innerPointer("total");
            Optional<String> items = rule.innerPointer("items");
            if (page.isEmpty() || limit.isEmpty() || firstPage.isEmpty() || total.isEmpty() || items.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Pagination(page.get().name(), limit.get().name(), firstPage.get(), total.get(),
                    items.get()));
        });
    }

    private Optional<DateRange> dateRange(Op op) {
        return rule(op, Extensions.DATE_RANGE, "start", "end").flatMap(rule -> {
            Optional<Parameter> start = dateParameter(op, rule, "start");
            Optional<Parameter> end = dateParameter(op, rule, "end");
            return start.isPresent() && end.isPresent()
                    ? Optional.of(new DateRange(start.get().name(), end.get().name())) : Optional.empty();
        });
    }

    private List<String> requiresOneOf(Op op) {
        Object value = op.extensions().get(Extensions.REQUIRES_ONE_OF);
        String pointer = JsonPointers.child(op.pointer(), Extensions.REQUIRES_ONE_OF);
        String label = op.id() + ": " + Extensions.REQUIRES_ONE_OF;
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> names) || names.isEmpty() || !names.stream().allMatch(String.class::isInstance)) {
            problems.report(pointer, label + " must be a list of parameter names, got " + value);
            return List.of();
        }
        for (int i = 0; i < names.size(); i++) {
            if (op.parameter((String) names.get(i)).isEmpty()) {
                problems.report(JsonPointers.child(pointer, i), label + " names '" + names.get(i) + "', which "
                        + op.id() + " does not have; its parameters are " + op.parameterNames());
            }
        }
        return names.stream().map(String.class::cast).toList();
    }

    private Optional<ExtensionObject> rule(Op op, String extension, String... keys) {
        Object value = op.extensions().get(extension);
        if (value == null) {
            return Optional.empty();
        }
        return ExtensionObject.of(value, JsonPointers.child(op.pointer(), extension), op.id() + ": " + extension,
                List.of(keys), problems);
    }

    private Optional<Parameter> parameter(Op op, ExtensionObject rule, String key) {
        Optional<String> name = rule.string(key);
        Optional<Parameter> parameter = name.flatMap(op::parameter);
        if (name.isPresent() && parameter.isEmpty()) {
            problems.report(rule.pointer(key), rule.label(key) + " names '" + name.get() + "', which " + op.id()
                    + " does not have; its parameters are " + op.parameterNames());
        }
        return parameter;
    }

    private Optional<Parameter> dateParameter(Op op, ExtensionObject rule, String key) {
        return kindOf(parameter(op, rule, key), rule, key, DATE::equals, "a date");
    }

    private Optional<Parameter> integerParameter(Op op, ExtensionObject rule, String key) {
        return kindOf(parameter(op, rule, key), rule, key, this::isInteger, "an integer");
    }

    private Optional<Parameter> kindOf(Optional<Parameter> parameter, ExtensionObject rule, String key,
            java.util.function.Predicate<TypeRef> test, String kind) {
        parameter.filter(found -> !test.test(found.type())).ifPresent(found -> problems.report(rule.pointer(key),
                rule.label(key) + " names '" + found.name() + "', which is not " + kind));
        return parameter.filter(found -> test.test(found.type()));
    }

    /** An integer scalar, or an enum of integers such as a page size of 10, 50 or 100. */
    private boolean isInteger(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalar.kind() == TypeRef.ScalarKind.INT32 || scalar.kind() == TypeRef.ScalarKind.INT64;
        }
        return type instanceof TypeRef.Named named && registry.type(named)
                .filter(found -> found instanceof ModelType.EnumType enumType
                        && isInteger(new TypeRef.Scalar(enumType.valueKind()))).isPresent();
    }
}
