package dev.appintel.mock.data;

import dev.appintel.runtime.Field;
import dev.appintel.runtime.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Follows references to named shapes, and picks an object union's alternative by the request's
 * platform ({@code IosSalesEstimate} for {@code ios}).
 */
final class ShapeResolver {

    private final Function<String, Shape> shapes;
    private final RequestFacts request;

    ShapeResolver(Function<String, Shape> shapes, RequestFacts request) {
        this.shapes = shapes;
        this.request = request;
    }

    /** The shape itself: a reference followed, a union replaced by its alternative. */
    Shape resolve(Shape shape) {
        Shape resolved = shape instanceof Shape.Ref ref ? shapes.apply(ref.schemaName()) : shape;
        if (resolved instanceof Shape.ObjectUnion union) {
            return resolve(new Shape.Ref(alternative(union)));
        }
        return resolved;
    }

    /** The dimensions an object's properties stand for, in property order. */
    List<Dimension> dimensions(Shape.ObjectShape object) {
        List<Dimension> found = new ArrayList<>();
        for (Field field : object.fields()) {
            Dimension.ofField(field.name(), resolve(field.shape()), object).filter(d -> !found.contains(d))
                    .ifPresent(found::add);
        }
        return found;
    }

    /** The alternative named after the request's platform, else the first. */
    private String alternative(Shape.ObjectUnion union) {
        String os = request.os().toLowerCase(Locale.ROOT);
        return union.alternatives().stream().filter(name -> !os.isEmpty() && name.toLowerCase(Locale.ROOT).startsWith(os))
                .findFirst().orElse(union.alternatives().get(0));
    }
}
