package dev.appintel.mock.data;

import dev.appintel.mock.json.JsonWriter;
import dev.appintel.runtime.Field;
import dev.appintel.runtime.Limits;
import dev.appintel.runtime.Shape;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * What every object of one shape shares for requests of one platform that ask for the same
 * properties: the properties that appear, the dimensions the object's properties stand for, the
 * entries of an open map, and whether shares and totals apply. Immutable, shared by the bodies
 * of many requests ({@link ObjectPlans}).
 *
 * @param present    the properties that appear, in property order; never changed
 * @param dimensions the dimensions the object's properties stand for, in property order
 * @param extra      the shape of the values of an open map, unless they are open values
 * @param extraSlot  the slot of those values
 * @param shares     whether {@link Shares#normalize} can change such an object
 * @param totals     what {@link Totals#apply(Totals.Plan, com.fasterxml.jackson.databind.node.ObjectNode)} does
 *                   to such an object, if anything
 */
record ObjectPlan(FieldPlan[] present, List<Dimension> dimensions, Optional<Shape> extra, Slot extraSlot,
        boolean shares, Optional<Totals.Plan> totals) {

    /**
     * A property that appears, with what its values need.
     *
     * @param name            the property name
     * @param shape           its shape, resolved for the request's platform
     * @param slot            its slot
     * @param dimension       the dimension it stands for, if any
     * @param nullableEndDate whether it is a nullable {@code end_date}
     * @param scalar          whether its values are scalars
     * @param jsonName        the name as JSON, written once
     */
    record FieldPlan(String name, Shape shape, Slot slot, Optional<Dimension> dimension, boolean nullableEndDate,
            boolean scalar, JsonWriter.Name jsonName) {
    }

    /** The plan of an object shape with these properties present, shapes resolved by {@code shapes}. */
    static ObjectPlan of(Shape.ObjectShape object, ShapeResolver shapes, BitSet present) {
        List<FieldPlan> fields = new ArrayList<>();
        for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
            Field field = object.fields().get(i);
            Shape shape = shapes.resolve(field.shape());
            fields.add(new FieldPlan(field.name(), shape, new Slot(field.name(), field.limits(), object.schemaName()),
                    Dimension.ofField(field.name(), shape, object), field.nullable() && field.name().equals("end_date"),
                    shape instanceof Shape.Scalar || shape instanceof Shape.Enumeration || shape instanceof Shape.ScalarUnion,
                    new JsonWriter.Name(field.name())));
        }
        Optional<Shape> extra = object.extra().filter(shape -> !(shape instanceof Shape.AnyValue));
        return new ObjectPlan(fields.toArray(FieldPlan[]::new), List.copyOf(shapes.dimensions(object)), extra,
                new Slot(object.schemaName(), Limits.NONE, object.schemaName()), Shares.applies(object),
                Totals.plan(object));
    }
}
