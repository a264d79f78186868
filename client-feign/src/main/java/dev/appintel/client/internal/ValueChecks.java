package dev.appintel.client.internal;

import dev.appintel.client.error.InvalidRequestException;
import dev.appintel.client.support.OperationMetadata.DateAlignment;
import dev.appintel.client.support.OperationMetadata.Parameter;
import dev.appintel.client.support.QueryValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks one value (a single parameter, or one element of a list) against its parameter's
 * constraints: sendable at all (not an enum's unknown-value constant), allowed values, pattern,
 * length, numeric bounds, earliest date and day-of-month alignment. Dates are typed
 * {@link LocalDate}, so their format cannot be wrong.
 */
final class ValueChecks {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private ValueChecks() {
    }

    static void check(String operation, Parameter parameter, Object value) {
        String text = text(operation, parameter, value);
        if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(text)) {
            fail(operation, parameter, "is '" + text + "'; allowed values are " + String.join(", ", parameter.allowedValues()));
        }
        parameter.pattern().filter(regex -> !PATTERNS.computeIfAbsent(regex, Pattern::compile).matcher(text).find())
                .ifPresent(regex -> fail(operation, parameter, "is '" + text + "', which does not match " + regex));
        int length = text.codePointCount(0, text.length());
        parameter.minLength().filter(min -> length < min)
                .ifPresent(min -> fail(operation, parameter, "is shorter than " + min + " characters"));
        parameter.maxLength().filter(max -> length > max)
                .ifPresent(max -> fail(operation, parameter, "is longer than " + max + " characters"));
        if (value instanceof Number number) {
            checkBounds(operation, parameter, new BigDecimal(number.toString()));
        }
        if (value instanceof LocalDate date) {
            checkDate(operation, parameter, date);
        }
    }

    private static String text(String operation, Parameter parameter, Object value) {
        try {
            return QueryValues.format(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(operation, parameter.name(), "cannot be sent: " + e.getMessage());
        }
    }

    private static void checkBounds(String operation, Parameter parameter, BigDecimal number) {
        parameter.minimum().filter(min -> number.compareTo(min) < 0)
                .ifPresent(min -> fail(operation, parameter, "is " + number + ", less than the minimum " + min));
        parameter.maximum().filter(max -> number.compareTo(max) > 0)
                .ifPresent(max -> fail(operation, parameter, "is " + number + ", more than the maximum " + max));
    }

    private static void checkDate(String operation, Parameter parameter, LocalDate date) {
        parameter.earliestDate().filter(date::isBefore).ifPresent(earliest -> fail(operation, parameter,
                "is " + date + ", before " + earliest + ", the first date the API has data for"));
        parameter.alignment().filter(alignment -> !isAligned(date, alignment)).ifPresent(alignment -> fail(operation,
                parameter, "is " + date + "; it must be the " + (alignment == DateAlignment.MONTH_START ? "first" : "last")
                        + " day of a month"));
    }

    private static boolean isAligned(LocalDate date, DateAlignment alignment) {
        return alignment == DateAlignment.MONTH_START ? date.getDayOfMonth() == 1
                : date.getDayOfMonth() == date.lengthOfMonth();
    }

    private static void fail(String operation, Parameter parameter, String problem) {
        throw new InvalidRequestException(operation, parameter.name(), problem);
    }
}
