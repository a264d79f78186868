package dev.appintel.client.error;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One request of a call the client split (an id batch, a date segment, or both) or one page of a
 * paged call, named by the values of the parameters that set it apart from the others.
 *
 * @param number     its place among the call's requests, from 1; for a page, the page number
 * @param count      how many requests the call was split into; {@code 0} for a page, whose total is
 *                   not known in advance
 * @param parameters the wire names and argument values of the parameters that differ between the
 *                   requests ({@code app_ids}, {@code start_date} and {@code end_date}, {@code page}),
 *                   in the operation's order; values as the call was given them (a {@code List} of
 *                   ids, a {@code LocalDate}, ...)
 */
public record CallPart(int number, int count, Map<String, Object> parameters) {

    private static final int LISTED_VALUES = 3;

    /** Copies the parameters, keeping their order. */
    public CallPart {
        if (number < 1 || count < 0) {
            throw new IllegalArgumentException("number must be at least 1 and count not negative, got " + number
                    + " and " + count);
        }
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters,
                "parameters")));
    }

    /**
     * Where the part sits and what it asked for, long id lists shortened: {@code part 2 of 53
     * (start_date=2024-01-08, end_date=2024-01-14)}, {@code part 3 of 5 (app_ids=[100 values: 201, 202,
     * 203, ...])}, {@code page 4}.
     */
    @Override
    public String toString() {
        if (count == 0 && parameters.size() == 1) {
            return parameters.keySet().iterator().next() + " " + number;
        }
        String values = parameters.entrySet().stream().map(entry -> entry.getKey() + "=" + shortened(entry.getValue()))
                .collect(Collectors.joining(", "));
        return (count == 0 ? "part " + number : "part " + number + " of " + count) + (values.isEmpty() ? "" : " (" + values + ")");
    }

    private static String shortened(Object value) {
        if (value instanceof Collection<?> values && values.size() > LISTED_VALUES) {
            return "[" + values.size() + " values: " + values.stream().limit(LISTED_VALUES).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ", ...]";
        }
        return String.valueOf(value);
    }
}
