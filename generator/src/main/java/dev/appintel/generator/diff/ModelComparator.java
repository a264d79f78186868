package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.Change.Side.BASELINE;
import static dev.appintel.generator.diff.Change.Side.CURRENT;

import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.model.ApiKey;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.Response;
import dev.appintel.generator.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two models operation by operation (matched by method and path): the operation itself,
 * its parameters, its responses and its operational rules. Response bodies are left to {@link
 * ResponseTypeComparator}, limits to {@link LimitComparator}, rules to {@link RulesComparator}.
 */
public final class ModelComparator {

    private final ApiModel baseline;
    private final ApiModel current;
    private final Map<String, ModelType> baselineTypes;
    private final Map<String, ModelType> currentTypes;
    private final ChangeCollector changes = new ChangeCollector();
    private final ResponseTypeComparator bodies;

    private ModelComparator(ApiModel baseline, ApiModel current) {
        this.baseline = baseline;
        this.current = current;
        this.baselineTypes = typesByName(baseline);
        this.currentTypes = typesByName(current);
        this.bodies = new ResponseTypeComparator(baselineTypes, currentTypes, changes);
    }

    /** Every change from {@code baseline} to {@code current}, most severe first; locations are pointers only. */
    public static List<Change> compare(ApiModel baseline, ApiModel current) {
        ModelComparator comparator = new ModelComparator(baseline, current);
        comparator.compareApi();
        return comparator.changes.changes();
    }

    private void compareApi() {
        if (!Objects.equals(baseline.apiKey(), current.apiKey())) {
            changes.add(ChangeKind.AUTHENTICATION_CHANGED, "API key", describeKey(baseline) + " → " + describeKey(current),
                    CURRENT, SourceLocation.of("/components/securitySchemes"));
        }
        Map<String, Operation> oldOperations = byEndpoint(baseline.operations());
        Map<String, Operation> newOperations = byEndpoint(current.operations());
        for (String removed : ResponseTypeComparator.difference(oldOperations.keySet(), newOperations.keySet())) {
            Operation operation = oldOperations.get(removed);
            changes.add(ChangeKind.OPERATION_REMOVED, operation.operationId(), removed, BASELINE, operation.location())
                    .reachedFrom(operation.operationId());
        }
        for (String added : ResponseTypeComparator.difference(newOperations.keySet(), oldOperations.keySet())) {
            Operation operation = newOperations.get(added);
            changes.add(ChangeKind.OPERATION_ADDED, operation.operationId(), added, CURRENT, operation.location())
                    .reachedFrom(operation.operationId());
        }
        newOperations.forEach((endpoint, operation) -> {
            Operation before = oldOperations.get(endpoint);
            if (before != null) {
                compareOperation(before, operation);
            }
        });
    }

    private void compareOperation(Operation before, Operation after) {
        String id = after.operationId();
        SourceLocation where = after.location();
        if (!before.operationId().equals(id)) {
            changes.add(ChangeKind.OPERATION_RENAMED, id, before.operationId() + " → " + id, CURRENT, where)
                    .reachedFrom(id);
        }
        boolean ownKey = baseline.hasOwnApiKey(before) || current.hasOwnApiKey(after);
        if (ownKey && !before.apiKey().equals(after.apiKey())) {
            changes.add(ChangeKind.AUTHENTICATION_CHANGED, id, describeKey(before.apiKey()) + " → "
                    + describeKey(after.apiKey()), CURRENT, where).reachedFrom(id);
        }
        if (!before.tag().equals(after.tag())) {
            changes.add(ChangeKind.OPERATION_RETAGGED, id, before.tag() + " → " + after.tag(), CURRENT, where)
                    .reachedFrom(id);
        }
        if (!before.summary().equals(after.summary()) || !before.description().equals(after.description())) {
            changes.add(ChangeKind.DESCRIPTION_CHANGED, id, "", CURRENT, where).reachedFrom(id);
        }
        compareParameters(before, after);
        compareResponses(before, after);
        new RulesComparator(changes, id, where).compare(before.rules(), after.rules());
    }

    private void compareParameters(Operation before, Operation after) {
        String id = after.operationId();
        for (Parameter removed : before.parameters()) {
            if (after.parameter(removed.name()).isEmpty()) {
                changes.add(ChangeKind.PARAMETER_REMOVED, id + " › " + removed.name(), "", BASELINE, removed.source())
                        .reachedFrom(id);
            }
        }
        for (Parameter parameter : after.parameters()) {
            String subject = id + " › " + parameter.name();
            var then = before.parameter(parameter.name());
            if (then.isPresent()) {
                compareParameter(subject, id, then.get(), parameter);
            } else {
                ChangeKind kind = parameter.required() ? ChangeKind.REQUIRED_PARAMETER_ADDED
                        : ChangeKind.OPTIONAL_PARAMETER_ADDED;
                changes.add(kind, subject, TypeShapes.describe(parameter.type(), currentTypes), CURRENT,
                        parameter.source()).reachedFrom(id);
            }
        }
    }

    private void compareParameter(String subject, String id, Parameter before, Parameter after) {
        SourceLocation where = after.source();
        if (before.required() != after.required()) {
            ChangeKind kind = after.required() ? ChangeKind.PARAMETER_MADE_REQUIRED : ChangeKind.PARAMETER_MADE_OPTIONAL;
            changes.add(kind, subject, "", CURRENT, where).reachedFrom(id);
        }
        if (before.location() != after.location()) {
            changes.add(ChangeKind.PARAMETER_MOVED, subject, lower(before.location()) + " → " + lower(after.location()),
                    CURRENT, where).reachedFrom(id);
        }
        String oldType = TypeShapes.describe(before.type(), baselineTypes);
        String newType = TypeShapes.describe(after.type(), currentTypes);
        if (!oldType.equals(newType)) {
            changes.add(ChangeKind.PARAMETER_RETYPED, subject, oldType + " → " + newType, CURRENT, where).reachedFrom(id);
        }
        if (before.encoding() != after.encoding() || !before.explodedAlias().equals(after.explodedAlias())) {
            changes.add(ChangeKind.PARAMETER_ENCODING_CHANGED, subject, describeEncoding(before) + " → "
                    + describeEncoding(after), CURRENT, where).reachedFrom(id);
        }
        compareRequestValues(subject, id, before, after);
        if (before.defaultValue().isPresent() && after.defaultValue().isPresent()
                && !before.defaultValue().equals(after.defaultValue())) {
            changes.add(ChangeKind.PARAMETER_DEFAULT_CHANGED, subject,
                    before.defaultValue().get() + " → " + after.defaultValue().get(), CURRENT, where).reachedFrom(id);
        }
        if (!before.description().equals(after.description())) {
            changes.add(ChangeKind.DESCRIPTION_CHANGED, subject, "", CURRENT, where).reachedFrom(id);
        }
        LimitComparator.compare(before, after).forEach(limit -> changes.add(
                limit.tightened() ? ChangeKind.PARAMETER_LIMIT_TIGHTENED : ChangeKind.PARAMETER_LIMIT_RELAXED,
                subject, limit.detail(), CURRENT, where).reachedFrom(id));
    }

    private void compareRequestValues(String subject, String id, Parameter before, Parameter after) {
        Set<String> oldValues = new TreeSet<>(TypeShapes.allowedValues(before.type(),
                before.constraints().allowedValues(), baselineTypes));
        Set<String> newValues = new TreeSet<>(TypeShapes.allowedValues(after.type(),
                after.constraints().allowedValues(), currentTypes));
        if (oldValues.isEmpty() || newValues.isEmpty()) {
            // A new or dropped enum shows as a type change; a value set only compares with another.
            return;
        }
        for (String removed : ResponseTypeComparator.difference(oldValues, newValues)) {
            changes.add(ChangeKind.REQUEST_ENUM_VALUE_REMOVED, subject, removed, CURRENT, after.source()).reachedFrom(id);
        }
        for (String added : ResponseTypeComparator.difference(newValues, oldValues)) {
            changes.add(ChangeKind.REQUEST_ENUM_VALUE_ADDED, subject, added, CURRENT, after.source()).reachedFrom(id);
        }
    }

    private void compareResponses(Operation before, Operation after) {
        String id = after.operationId();
        Map<Integer, Response> oldResponses = byStatus(before.responses());
        Map<Integer, Response> newResponses = byStatus(after.responses());
        for (Response removed : before.responses()) {
            if (!newResponses.containsKey(removed.status())) {
                ChangeKind kind = removed.status() / 100 == 2 ? ChangeKind.SUCCESS_RESPONSE_REMOVED
                        : ChangeKind.RESPONSE_STATUS_REMOVED;
                changes.add(kind, id + " › " + removed.status(), "", BASELINE,
                        responseLocation(before, removed.status())).reachedFrom(id);
            }
        }
        for (Response response : after.responses()) {
            String subject = id + " › " + response.status();
            SourceLocation where = responseLocation(after, response.status());
            Response then = oldResponses.get(response.status());
            if (then == null) {
                changes.add(ChangeKind.RESPONSE_STATUS_ADDED, subject, "", CURRENT, where).reachedFrom(id);
            } else {
                compareResponse(subject, id, where, then, response);
            }
        }
    }

    private void compareResponse(String subject, String id, SourceLocation where, Response before, Response after) {
        for (String removed : ResponseTypeComparator.difference(new TreeSet<>(before.headers()), new TreeSet<>(after.headers()))) {
            changes.add(ChangeKind.RESPONSE_HEADER_REMOVED, subject + " › " + removed, "", CURRENT, where).reachedFrom(id);
        }
        for (String added : ResponseTypeComparator.difference(new TreeSet<>(after.headers()), new TreeSet<>(before.headers()))) {
            changes.add(ChangeKind.RESPONSE_HEADER_ADDED, subject + " › " + added, "", CURRENT, where).reachedFrom(id);
        }
        for (String removed : ResponseTypeComparator.difference(before.examples().keySet(), after.examples().keySet())) {
            changes.add(ChangeKind.RESPONSE_EXAMPLE_REMOVED, subject, "example " + removed, CURRENT, where)
                    .reachedFrom(id);
        }
        after.examples().forEach((name, json) -> {
            String then = before.examples().get(name);
            if (then == null) {
                changes.add(ChangeKind.RESPONSE_EXAMPLE_ADDED, subject, "example " + name, CURRENT, where).reachedFrom(id);
            } else if (!then.equals(json)) {
                changes.add(ChangeKind.RESPONSE_EXAMPLE_CHANGED, subject, "example " + name, CURRENT, where)
                        .reachedFrom(id);
            }
        });
        if (before.body().isPresent() && after.body().isPresent()) {
            bodies.compareBody(id, subject + " body", where, before.body().get(), after.body().get());
        } else if (before.body().isPresent() != after.body().isPresent()) {
            String detail = before.body().isPresent() ? "body removed" : "body added";
            changes.add(ChangeKind.RESPONSE_FIELD_RETYPED, subject + " body", detail, CURRENT, where).reachedFrom(id);
        }
    }

    private static SourceLocation responseLocation(Operation operation, int status) {
        return SourceLocation.of(JsonPointers.child(operation.location().pointer() + "/responses",
                String.valueOf(status)));
    }

    private static String describeEncoding(Parameter parameter) {
        String encoding = switch (parameter.encoding()) {
            case SINGLE -> "single value";
            case COMMA_JOINED -> "comma-joined";
            case REPEATED -> "one key per value";
        };
        return parameter.explodedAlias().map(alias -> encoding + " (alias " + alias + ")").orElse(encoding);
    }

    private static String describeKey(ApiModel model) {
        return describeKey(Optional.ofNullable(model.apiKey()));
    }

    private static String describeKey(Optional<ApiKey> key) {
        return key.map(found -> found.name() + " in " + lower(found.location())).orElse("none");
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Operation> byEndpoint(List<Operation> operations) {
        Map<String, Operation> byEndpoint = new LinkedHashMap<>();
        operations.forEach(operation -> byEndpoint.put(operation.method() + " " + operation.path(), operation));
        return byEndpoint;
    }

    private static Map<Integer, Response> byStatus(List<Response> responses) {
        Map<Integer, Response> byStatus = new LinkedHashMap<>();
        responses.forEach(response -> byStatus.put(response.status(), response));
        return byStatus;
    }

    private static Map<String, ModelType> typesByName(ApiModel model) {
        Map<String, ModelType> types = new LinkedHashMap<>();
        model.types().forEach(type -> types.put(type.schemaName(), type));
        return types;
    }
}
