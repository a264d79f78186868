package dev.appintel.runtime;

import java.math.BigDecimal;

/**
 * The text of a parameter value before it is encoded: dates as ISO {@code 2024-01-31}, enums as
 * their wire value, decimal numbers without exponent, anything else by {@code toString()}.
 * {@link QueryString#encode} then percent-encodes the text, once.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /**
     * The text of a value.
     *
     * @param value a parameter value, not {@code null}
     * @return its text
     * @throws IllegalArgumentException for an enum value the client does not know, which the API
     *                                  would not accept either
     */
    public static String format(Object value) {
        if (value instanceof OpenEnum open && !open.isKnown()) {
            throw new IllegalArgumentException(value.getClass().getSimpleName() + " value " + open
                    + " is not one this client knows and cannot be sent");
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString()).toPlainString();
        }
        return value.toString();
    }
}
