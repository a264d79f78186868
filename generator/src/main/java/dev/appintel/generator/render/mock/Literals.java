package dev.appintel.generator.render.mock;

import dev.appintel.generator.render.JavaStringLiterals;
import java.util.List;
import java.util.stream.Collectors;

/** Java source literals for values taken from the spec. */
final class Literals {

    private Literals() {
    }

    /** A string literal; see {@link JavaStringLiterals#of}. */
    static String string(String value) {
        return JavaStringLiterals.of(value);
    }

    /** The literals of {@code values}, separated by commas. */
    static String strings(List<String> values) {
        return values.stream().map(Literals::string).collect(Collectors.joining(", "));
    }
}
