package dev.appintel.client.internal;

import dev.appintel.client.error.InvalidRequestException;
import dev.appintel.client.support.OperationMetadata;
import dev.appintel.client.support.OperationMetadata.Parameter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks a call against the spec before anything is sent: required parameters, list sizes (the
 * batched list of an operation may be longer than a call allows, since it is split), every value
 * ({@link ValueChecks}), the parameters of which one is required, and the date range.
 */
public final class RequestValidator {

    /**
     * Checks the arguments of a call.
     *
     * @param operation the operation
     * @param args      the method's arguments, in parameter order
     * @throws InvalidRequestException naming the first parameter at fault
     */
    public void validate(OperationMetadata operation, Object[] args) {
        List<Parameter> parameters = operation.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            check(operation, parameters.get(i), args[i]);
        }
        requireOneOf(operation, args);
        operation.dateRange().ifPresent(range -> {
            Object start = args[operation.indexOf(range.start())];
            Object end = args[operation.indexOf(range.end())];
            if (start instanceof LocalDate from && end instanceof LocalDate to && from.isAfter(to)) {
                throw new InvalidRequestException(operation.operationId(), range.start(),
                        "is " + from + ", after " + range.end() + " " + to);
            }
        });
    }

    private static void check(OperationMetadata operation, Parameter parameter, Object value) {
        String id = operation.operationId();
        if (!isGiven(value)) {
            if (parameter.required()) {
                throw new InvalidRequestException(id, parameter.name(), value == null ? "is required but missing"
                        : "is required but an empty list");
            }
            return;
        }
        if (value instanceof Collection<?> values) {
            checkSize(operation, parameter, values.size());
            for (Object element : values) {
                if (element == null) {
                    throw new InvalidRequestException(id, parameter.name(), "contains null");
                }
                ValueChecks.check(id, parameter, element);
            }
        } else {
            ValueChecks.check(id, parameter, value);
        }
    }

    private static void checkSize(OperationMetadata operation, Parameter parameter, int size) {
        parameter.minItems().filter(min -> size < min).ifPresent(min -> {
            throw new InvalidRequestException(operation.operationId(), parameter.name(),
                    "has " + size + " values; at least " + min + " are required");
        });
        boolean batched = operation.batching().filter(batching -> batching.parameter().equals(parameter.name())).isPresent();
        Optional<Integer> max = batched ? Optional.empty() : parameter.maxItems();
        max.filter(most -> size > most).ifPresent(most -> {
            throw new InvalidRequestException(operation.operationId(), parameter.name(),
                    "has " + size + " values; at most " + most + " are allowed per call");
        });
    }

    private static void requireOneOf(OperationMetadata operation, Object[] args) {
        List<String> names = operation.requiresOneOf();
        if (!names.isEmpty() && names.stream().noneMatch(name -> isGiven(args[operation.indexOf(name)]))) {
            throw new InvalidRequestException(operation.operationId(), String.join(" or ", names),
                    "is missing; at least one of them is required");
        }
    }

    /** Whether a value is sent: not {@code null} and not an empty list. */
    static boolean isGiven(Object value) {
        return value != null && !(value instanceof Collection<?> values && values.isEmpty());
    }
}
