package dev.appintel.mock.data;

import dev.appintel.runtime.Field;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.Shape;
import java.util.BitSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which properties of an object a response carries: required ones always; metrics only
 * when requested; properties "present with `flag=true`" only with the flag; with a
 * {@code breakdown} parameter, only the list of rows broken down by exactly those dimensions;
 * every other optional property.
 */
final class Presence {

    private final ShapeResolver shapes;
    private final RequestFacts request;

    Presence(ShapeResolver shapes, RequestFacts request) {
        this.shapes = shapes;
        this.request = request;
    }

    /** The properties of {@code object} that appear, by their positions in its fields. */
    BitSet present(Shape.ObjectShape object) {
        Set<String> unrequested = unrequestedMetrics(object);
        BitSet present = new BitSet(object.fields().size());
        for (int i = 0; i < object.fields().size(); i++) {
            Field field = object.fields().get(i);
            if (!unrequested.contains(field.name()) && flagAllows(field) && (field.required() || breakdownAllows(field))) {
                present.set(i);
            }
        }
        return present;
    }

    private boolean flagAllows(Field field) {
        return field.presentWith().filter(flag -> request.route().param(flag).isPresent()
                && !request.request().flag(flag)).isEmpty();
    }

    /**
     * The metrics the request could have asked for but did not: the object's properties named by
     * the allowed values of a list parameter, less the values it sent.
     */
    private Set<String> unrequestedMetrics(Shape.ObjectShape object) {
        Set<String> unrequested = new TreeSet<>();
        for (Param param : request.route().params()) {
            if (param.isList() && !param.allowedValues().isEmpty()
                    && param.allowedValues().stream().allMatch(value -> object.field(value).isPresent())) {
                unrequested.addAll(param.allowedValues());
                unrequested.removeAll(request.request().texts(param.name()));
            }
        }
        return unrequested;
    }

    /**
     * With a {@code breakdown} parameter, an optional list of rows appears only when its rows are
     * broken down by exactly the requested dimensions ({@code app_id,region}: app and country).
     */
    private boolean breakdownAllows(Field field) {
        Optional<String> breakdown = request.request().text("breakdown");
        Shape shape = shapes.resolve(field.shape());
        if (breakdown.isEmpty() || !(shape instanceof Shape.ListOf list)
                || !(shapes.resolve(list.element()) instanceof Shape.ObjectShape row)) {
            return true;
        }
        Set<Dimension> wanted = new TreeSet<>();
        for (String name : breakdown.get().split(",")) {
            Dimension.ofBreakdown(name.trim()).ifPresent(wanted::add);
        }
        Set<Dimension> has = new TreeSet<>(shapes.dimensions(row));
        has.remove(Dimension.PERIOD);
        return has.equals(wanted);
    }
}
