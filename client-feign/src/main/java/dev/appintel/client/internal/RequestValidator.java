package dev.appintel.client.internal;

import dev.appintel.client.error.InvalidRequestException;
import dev.appintel.runtime.Limits;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.QueryValues;
import dev.appintel.runtime.RequestBinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks a call against the spec before anything is sent, with the runtime's one parameter checker
 * ({@link RequestBinder#check}), the checker the mock answers with: each argument's values as text,
 * one text per list item. The batched list of an operation may be longer than a call allows, since
 * it is split. Then the parameters of which one is required, and the date range. A failure names
 * the parameter and the Java argument.
 */
public final class RequestValidator {

    /**
     * Checks the arguments of a call.
     *
     * @param operation the operation
     * @param args      the method's arguments, in argument order
     * @throws InvalidRequestException naming the first parameter at fault
     */
    public void validate(MethodBinding operation, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            Param param = checked(operation, operation.param(i));
            String argument = "(argument " + operation.javaNames().get(i) + ") ";
            List<String> items = items(operation, param.name(), argument, args[i]);
            RequestBinder.check(param, items).ifPresent(problem -> {
                throw new InvalidRequestException(operation.operationId(), param.name(), argument + problem);
            });
        }
        requireOneOf(operation, args);
        operation.spec().rules().dateRange().ifPresent(range -> {
            Object start = args[operation.indexOf(range.start())];
            Object end = args[operation.indexOf(range.end())];
            if (start instanceof LocalDate from && end instanceof LocalDate to && from.isAfter(to)) {
                throw new InvalidRequestException(operation.operationId(), range.start(),
                        "must not be after " + range.end() + " (got " + from + " and " + to + ")");
            }
        });
    }

    /** The batched list's limit is a limit per request, and the call is split into requests that keep it. */
    private static Param checked(MethodBinding operation, Param param) {
        boolean batched = operation.spec().rules().batching()
                .filter(batching -> batching.parameter().equals(param.name())).isPresent();
        if (!batched) {
            return param;
        }
        Limits limits = param.limits();
        return param.withLimits(new Limits(limits.unit(), limits.minimum(), limits.maximum(), limits.pattern(),
                limits.minLength(), limits.maxLength(), limits.minItems(), Optional.empty()));
    }

    /** An argument's values as the checker reads them: none for null, one text per list item. */
    private static List<String> items(MethodBinding operation, String name, String argument, Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> values = value instanceof Collection<?> list ? list : List.of(value);
        List<String> items = new ArrayList<>();
        for (Object item : values) {
            if (item == null) {
                throw new InvalidRequestException(operation.operationId(), name, argument + "contains null");
            }
            try {
                items.add(QueryValues.format(item));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(operation.operationId(), name, argument + "cannot be sent: "
                        + e.getMessage());
            }
        }
        return items;
    }

    private static void requireOneOf(MethodBinding operation, Object[] args) {
        List<String> names = operation.spec().rules().requiresOneOf();
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
