package dev.appintel.generator.render;

import dev.appintel.generator.model.TypeRef.ScalarKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Java source literals for values taken from the spec. */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /**
     * A string literal: quotes, backslashes and control characters are escaped, so that neither
     * the literal nor a unicode escape in it can break the source.
     */
    public static String string(String value) {
        return JavaStringLiterals.of(value);
    }

    /**
     * A literal of the Java type that the feign-client target gives {@code kind}, for a value
     * written in the spec: {@code 10}, {@code 10L}, {@code 1.5d}, {@code true} or a string.
     *
     * @throws RenderException when the value does not fit the kind
     */
    public static String of(ScalarKind kind, String value) {
        try {
            return switch (kind) {
                case INT32 -> Integer.toString(Integer.parseInt(value));
                case INT64 -> Long.parseLong(value) + "L";
                case NUMBER -> new BigDecimal(value).toPlainString() + "d";
                case BOOLEAN -> Boolean.toString(parseBoolean(value));
                case STRING, DATE, DATE_TIME -> string(value);
            };
        } catch (IllegalArgumentException e) {
            throw new RenderException("'" + value + "' is not a valid " + kind + " value", e);
        }
    }

    private static boolean parseBoolean(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(value);
    }

    /**
     * The string literals of {@code values}, separated by commas.
     *
     * @param values the values
     * @return the literals
     */
    public static String strings(List<String> values) {
        return values.stream().map(JavaLiterals::string).collect(Collectors.joining(", "));
    }
}
