package dev.appintel.runtime;

import java.util.Collection;

/** The check the generated request builders run on their required parameters. */
public final class RequiredParameters {

    private RequiredParameters() {
    }

    /**
     * Fails unless a required parameter has a value.
     *
     * @param value    the parameter's value
     * @param wireName the parameter's name in the API
     * @throws IllegalStateException when the value is {@code null} or an empty list
     */
    public static void check(Object value, String wireName) {
        if (value == null) {
            throw new IllegalStateException("the required parameter " + wireName + " is missing");
        }
        if (value instanceof Collection<?> values && values.isEmpty()) {
            throw new IllegalStateException("the required parameter " + wireName + " is an empty list");
        }
    }
}
