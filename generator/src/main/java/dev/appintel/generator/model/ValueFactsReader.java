package dev.appintel.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads {@link ValueFacts} from schemas, following references to their definitions. */
final class ValueFactsReader {

    private final Refs refs;

    ValueFactsReader(Refs refs) {
        this.refs = refs;
    }

    ValueFacts of(Schema<?> schema) {
        Schema<?> definition = definition(schema);
        if (definition == null) {
            return ValueFacts.NONE;
        }
        boolean nullable = Boolean.TRUE.equals(definition.getNullable());
        Optional<String> defaultValue = Optional.ofNullable(definition.getDefault()).map(ValueFactsReader::asWritten);
        if (SchemaShapes.shape(definition) != SchemaShapes.Shape.ARRAY) {
            return new ValueFacts(nullable, limits(definition, Optional.empty(), Optional.empty()),
                    unit(definition), defaultValue);
        }
        Schema<?> element = definition(definition.getItems());
        boolean scalarElement = element != null && isScalarLike(element);
        Constraints constraints = limits(scalarElement ? element : null,
                Optional.ofNullable(definition.getMinItems()), Optional.ofNullable(definition.getMaxItems()));
        Optional<String> unit = unit(definition).or(() -> scalarElement ? unit(element) : Optional.empty());
        return new ValueFacts(nullable, constraints, unit, defaultValue);
    }

    /** A value as the spec writes it: {@code 1}, {@code false}, {@code US}, {@code 2024-01-31}. */
    static String asWritten(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof JsonNode node) {
            return node.isTextual() ? node.asText() : node.toString();
        }
        return String.valueOf(value);
    }

    private static Constraints limits(Schema<?> scalar, Optional<Integer> minItems, Optional<Integer> maxItems) {
        if (scalar == null) {
            return new Constraints(minItems, maxItems, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of());
        }
        List<String> allowed = scalar.getEnum() == null ? List.of()
                : scalar.getEnum().stream().filter(Objects::nonNull).map(ValueFactsReader::asWritten).toList();
        return new Constraints(minItems, maxItems, Optional.ofNullable(scalar.getMinLength()),
                Optional.ofNullable(scalar.getMaxLength()), Optional.ofNullable(scalar.getPattern()),
                Optional.ofNullable(scalar.getMinimum()), Optional.ofNullable(scalar.getMaximum()), allowed);
    }

    private static boolean isScalarLike(Schema<?> schema) {
        SchemaShapes.Shape shape = SchemaShapes.shape(schema);
        return shape == SchemaShapes.Shape.SCALAR || shape == SchemaShapes.Shape.ENUM;
    }

    private static Optional<String> unit(Schema<?> schema) {
        Object unit = schema.getExtensions() == null ? null : schema.getExtensions().get(Extensions.UNIT);
        return unit instanceof String text ? Optional.of(text) : Optional.empty();
    }

    private Schema<?> definition(Schema<?> schema) {
        return refs.definition(schema);
    }
}
