package dev.appintel.mock.data;

import dev.appintel.runtime.Shape;
import java.util.List;
import java.util.Optional;

/**
 * What a row of a response is about: an app, a cohort, a country, a network, an ad type, a chart,
 * a category or a date period. Objects say which by their property names ({@code app_id},
 * {@code cc}, {@code date}, ...); requests give the values by parameter names ({@code app_ids},
 * {@code countries}, ...). A list of such objects gets one row per combination of requested values.
 */
public enum Dimension {
    APP(List.of("app_id", "aid", "unified_app_id"), List.of("app_ids", "app_id", "unified_app_ids")),
    COHORT(List.of("selection_cohort_id"), List.of("selection_cohort_ids")),
    COUNTRY(List.of("country", "cc", "c", "region"), List.of("countries", "countries[]", "country", "regions")),
    NETWORK(List.of("network"), List.of("networks")),
    AD_TYPE(List.of("ad_type"), List.of("ad_types")),
    CHART(List.of("chart_type", "chart_type_id"), List.of("chart_type_ids")),
    CATEGORY(List.of("category_id"), List.of("category", "categories")),
    PERIOD(List.of("date", "d"), List.of());

    /** Every dimension, in declaration order. */
    private static final List<Dimension> ALL = List.of(values());

    private final List<String> fields;
    private final List<String> parameters;

    Dimension(List<String> fields, List<String> parameters) {
        this.fields = fields;
        this.parameters = parameters;
    }

    /** @return the request parameters that give this dimension's values, by preference */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * The dimension a property of {@code owner} stands for. {@code unified_app_id} is the app only
     * in objects without an {@code app_id} or {@code aid}; only scalar properties count.
     *
     * @param field a property name
     * @param shape the property's shape, resolved
     * @param owner the object
     * @return the dimension, if the property is one
     */
    public static Optional<Dimension> ofField(String field, Shape shape, Shape.ObjectShape owner) {
        if (shape instanceof Shape.ListOf || shape instanceof Shape.MapOf || shape instanceof Shape.ObjectShape) {
            return Optional.empty();
        }
        if (field.equals("unified_app_id") && (owner.field("app_id").isPresent() || owner.field("aid").isPresent())) {
            return Optional.empty();
        }
        for (Dimension dimension : ALL) {
            if (dimension.fields.contains(field)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    /**
     * The dimension a name in a {@code breakdown} value stands for.
     *
     * @param name e.g. {@code app_id} or {@code region}
     * @return the dimension, if any
     */
    public static Optional<Dimension> ofBreakdown(String name) {
        for (Dimension dimension : ALL) {
            if (dimension.fields.contains(name)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
