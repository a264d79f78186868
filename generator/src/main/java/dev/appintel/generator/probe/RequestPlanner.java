package dev.appintel.generator.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.ParameterLocation;
import dev.appintel.generator.model.TypeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Derives safe requests from the spec: every required parameter (and the first of a
 * requires-one-of list), enums at their default or first value, integers and booleans at their
 * default or smallest value, short date ranges ({@link DateRanges}), one or two ids (one value for
 * other lists) from the spec's examples ({@link ExampleValues}), and cohort ids from the answer of the matching
 * {@code .../cohorts} operation. Optional parameters are left out.
 */
final class RequestPlanner {

    /** The path suffix of the operations that list the cohorts of their sibling operation. */
    static final String COHORTS = "/cohorts";

    /** The most ids a probe request sends in one list. */
    static final int MAX_IDS = 2;

    private final ApiModel model;
    private final ExampleValues examples;
    private final DateRanges dates;

    RequestPlanner(ApiModel model, ExampleValues examples, LocalDate today) {
        this.model = model;
        this.examples = examples;
        this.dates = new DateRanges(today);
    }

    /** What a planned call is: a request to send, or why there is none. */
    sealed interface Plan {
        /** A request, with what the reader of the report should know about its values. */
        record Ready(ProbeRequest request, List<String> notes) implements Plan {
        }

        /** No request could be derived. */
        record Unplannable(String reason) implements Plan {
        }
    }

    /**
     * Every call to make: one per operation and value of its platform path parameter, the
     * operations that list cohorts first (their answers give the ids that others take), then the
     * others, each group in spec order.
     */
    List<ProbeTarget> targets() {
        List<ProbeTarget> targets = new ArrayList<>();
        for (Operation operation : model.operations()) {
            Optional<Parameter> platform = platformParameter(operation);
            if (platform.isEmpty()) {
                targets.add(new ProbeTarget(operation, Optional.empty()));
            } else {
                allowedValues(platform.get()).forEach(value -> targets.add(new ProbeTarget(operation, Optional.of(value))));
            }
        }
        targets.sort(Comparator.comparing(target -> !target.listsCohorts())); // stable: spec order otherwise
        return targets;
    }

    /**
     * The request for {@code target}.
     *
     * @param cohortAnswers bodies of the cohort-listing calls made so far, by the path they were sent to
     */
    Plan plan(ProbeTarget target, Map<String, JsonNode> cohortAnswers) {
        Operation operation = target.operation();
        List<String> notes = new ArrayList<>();
        Map<Parameter, List<String>> chosen = new LinkedHashMap<>();
        Optional<LocalDate> start = Optional.empty();
        Optional<String> granularity = Optional.empty();
        for (Parameter parameter : choosingOrder(operation)) {
            Optional<List<String>> values;
            if (isDate(parameter)) {
                LocalDate date = DateRanges.isEnd(operation, parameter) && start.isPresent()
                        ? dates.end(operation, start.get(), parameter, granularity) : dates.start(parameter);
                start = start.or(() -> Optional.of(date));
                values = Optional.of(List.of(date.toString()));
            } else if (isPlatform(operation, parameter)) {
                values = target.platform().map(List::of);
            } else {
                values = values(target, parameter, cohortAnswers, notes);
            }
            if (values.isEmpty()) {
                return new Plan.Unplannable("no value for the required parameter " + parameter.name()
                        + ": none of the spec's examples has a property " + String.join(" or ",
                        ExampleValues.keys(parameter.name())));
            }
            if (isGranularity(operation, parameter)) {
                granularity = Optional.of(values.get().get(0));
            }
            chosen.put(parameter, values.get());
        }
        return new Plan.Ready(request(operation, chosen), notes);
    }

    /** The request with the chosen values, in spec order. */
    private static ProbeRequest request(Operation operation, Map<Parameter, List<String>> chosen) {
        String path = operation.path();
        List<ProbeRequest.QueryParameter> query = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            List<String> values = chosen.get(parameter);
            if (values == null) {
                continue;
            }
            if (parameter.location() == ParameterLocation.PATH) {
                path = path.replace("{" + parameter.name() + "}", ProbeRequest.encode(values.get(0)));
            } else if (parameter.encoding() == Parameter.WireEncoding.REPEATED) {
                values.forEach(value -> query.add(new ProbeRequest.QueryParameter(parameter.name(), value, false)));
            } else {
                query.add(new ProbeRequest.QueryParameter(parameter.name(), String.join(",", values),
                        parameter.encoding() == Parameter.WireEncoding.COMMA_JOINED));
            }
        }
        return new ProbeRequest(operation.operationId(), path, query);
    }

    /**
     * The parameters the request sends, in the order their values are chosen: the others (the
     * granularity among them) before the start date, the start before the end.
     */
    private static List<Parameter> choosingOrder(Operation operation) {
        return operation.parameters().stream().filter(parameter -> wanted(operation, parameter))
                .sorted(Comparator.comparingInt(parameter -> isDate(parameter)
                        ? (DateRanges.isEnd(operation, parameter) ? 2 : 1) : 0))
                .toList();
    }

    private Optional<List<String>> values(ProbeTarget target, Parameter parameter, Map<String, JsonNode> cohortAnswers,
            List<String> notes) {
        List<String> allowed = allowedValues(parameter);
        if (!allowed.isEmpty()) {
            return Optional.of(List.of(parameter.defaultValue().filter(allowed::contains).orElse(allowed.get(0))));
        }
        if (parameter.defaultValue().isPresent()) {
            return Optional.of(List.of(parameter.defaultValue().get()));
        }
        TypeRef element = element(parameter.type());
        if (element instanceof TypeRef.Scalar scalar) {
            switch (scalar.kind()) {
                case BOOLEAN:
                    return Optional.of(List.of("false"));
                case INT32, INT64, NUMBER:
                    return Optional.of(List.of(parameter.constraints().minimum()
                            .map(minimum -> minimum.toBigInteger().toString()).orElse("1")));
                default:
                    break;
            }
        }
        int count = isIdList(parameter) ? Math.min(MAX_IDS, parameter.constraints().maxItems().orElse(MAX_IDS)) : 1;
        if (parameter.name().contains("cohort")) {
            List<String> cohorts = cohortIds(target, parameter, cohortAnswers, count);
            if (!cohorts.isEmpty()) {
                return Optional.of(cohorts);
            }
            notes.add(parameter.name() + " from the spec's examples: the cohort list gave no cohort");
        }
        List<String> found = examples.find(target.operation().operationId(), target.platform(), parameter.name(),
                accepts(parameter), count);
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /**
     * Ids of the cohorts the sibling {@code .../cohorts} call answered, those whose {@code type} is
     * the parameter's first word ({@code selection} for {@code selection_cohort_ids}) first.
     */
    private List<String> cohortIds(ProbeTarget target, Parameter parameter, Map<String, JsonNode> cohortAnswers,
            int count) {
        JsonNode answer = cohortAnswers.get(cohortListPath(target));
        if (answer == null) {
            return List.of();
        }
        String kind = parameter.name().split("_")[0];
        List<JsonNode> cohorts = new ArrayList<>();
        answer.findParents("id").stream().filter(cohort -> cohort.path("id").isTextual()).forEach(cohorts::add);
        List<JsonNode> ofKind = cohorts.stream().filter(cohort -> cohort.path("type").asText().equals(kind)).toList();
        return (ofKind.isEmpty() ? cohorts : ofKind).stream().map(cohort -> cohort.path("id").asText()).distinct()
                .limit(count).toList();
    }

    /** The path of the call that lists the cohorts {@code target} takes: its own path, platform filled in, plus {@code /cohorts}. */
    String cohortListPath(ProbeTarget target) {
        String path = target.operation().path();
        if (target.platform().isPresent()) {
            String name = platformParameter(target.operation()).orElseThrow().name();
            path = path.replace("{" + name + "}", ProbeRequest.encode(target.platform().get()));
        }
        return path + COHORTS;
    }

    /** What an id must be: within the parameter's pattern and lengths, and without a comma in a comma-joined list. */
    private static Predicate<String> accepts(Parameter parameter) {
        Optional<Pattern> pattern = parameter.constraints().pattern().map(Pattern::compile);
        return value -> pattern.map(regex -> regex.matcher(value).find()).orElse(true)
                && value.length() >= parameter.constraints().minLength().orElse(1)
                && value.length() <= parameter.constraints().maxLength().orElse(Integer.MAX_VALUE)
                && !(parameter.encoding() == Parameter.WireEncoding.COMMA_JOINED && value.contains(","));
    }

    private static boolean wanted(Operation operation, Parameter parameter) {
        List<String> oneOf = operation.rules().requiresOneOf();
        return parameter.required() || !oneOf.isEmpty() && oneOf.get(0).equals(parameter.name());
    }

    private Optional<Parameter> platformParameter(Operation operation) {
        return operation.parameters().stream()
                .filter(parameter -> parameter.location() == ParameterLocation.PATH && !allowedValues(parameter).isEmpty())
                .findFirst();
    }

    private boolean isPlatform(Operation operation, Parameter parameter) {
        return platformParameter(operation).map(platform -> platform.name().equals(parameter.name())).orElse(false);
    }

    private static boolean isGranularity(Operation operation, Parameter parameter) {
        return operation.rules().segmentation().map(rule -> rule.granularity().equals(parameter.name())).orElse(false);
    }

    /** The enum values of a parameter (of its elements, for a list), as written in the spec. */
    private List<String> allowedValues(Parameter parameter) {
        if (!parameter.constraints().allowedValues().isEmpty()) {
            return parameter.constraints().allowedValues();
        }
        if (element(parameter.type()) instanceof TypeRef.Named named) {
            return model.types().stream().filter(type -> type.schemaName().equals(named.schemaName()))
                    .filter(ModelType.EnumType.class::isInstance).map(ModelType.EnumType.class::cast)
                    .flatMap(type -> type.constants().stream().map(constant -> constant.value())).toList();
        }
        return List.of();
    }

    private static boolean isDate(Parameter parameter) {
        return element(parameter.type()) instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.DATE;
    }

    /** A list of ids ({@code app_ids}, {@code publisher_ids[]}); other lists, such as countries, get one value. */
    private static boolean isIdList(Parameter parameter) {
        return parameter.type() instanceof TypeRef.ListOf && parameter.name().replace("[]", "").endsWith("ids");
    }

    private static TypeRef element(TypeRef type) {
        return type instanceof TypeRef.ListOf list ? list.element() : type;
    }
}
