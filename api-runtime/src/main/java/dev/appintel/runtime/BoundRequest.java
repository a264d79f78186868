package dev.appintel.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one request as typed values, by wire name: {@code String}, {@code Long} for
 * integers, {@code BigDecimal}, {@code Boolean}, {@code LocalDate} and {@code OffsetDateTime}, and
 * a {@code List} of those for list parameters. Defaults of the spec are filled in; {@link #given}
 * tells them apart from values the request sent.
 */
public final class BoundRequest {

    private final Map<String, Object> values;
    private final Set<String> given;

    /**
     * A request with these values.
     *
     * @param values typed values by wire name
     * @param given  the names the request sent (the others are defaults)
     */
    public BoundRequest(Map<String, Object> values, Set<String> given) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.given = Collections.unmodifiableSet(new LinkedHashSet<>(given));
    }

    /**
     * Returns every value by wire name, in parameter order.
     *
     * @return every value by wire name, in parameter order
     */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * Whether the request sent the parameter.
     *
     * @param name a wire name
     * @return true when sent, false when absent or defaulted
     */
    public boolean given(String name) {
        return given.contains(name);
    }

    /**
     * Whether the parameter has a value, sent or defaulted.
     *
     * @param name a wire name
     * @return true when it has one
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * A single value as text, or the first value of a list.
     *
     * @param name a wire name
     * @return the text, if the parameter has a value
     */
    public Optional<String> text(String name) {
        List<String> texts = texts(name);
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(0));
    }

    /**
     * The values of a list as text, or a single value as a list of one.
     *
     * @param name a wire name
     * @return the texts; empty when the parameter has no value
     */
    public List<String> texts(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BoundRequest::text).toList();
        }
        return List.of(text(value));
    }

    /**
     * A date value.
     *
     * @param name a wire name
     * @return the date, if the parameter has one
     */
    public Optional<LocalDate> date(String name) {
        return values.get(name) instanceof LocalDate date ? Optional.of(date) : Optional.empty();
    }

    /**
     * An integer value.
     *
     * @param name a wire name
     * @return the integer, if the parameter has one
     */
    public Optional<Long> integer(String name) {
        return values.get(name) instanceof Long number ? Optional.of(number) : Optional.empty();
    }

    /**
     * Whether a boolean parameter is {@code true}.
     *
     * @param name a wire name
     * @return true only when its value is true
     */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
