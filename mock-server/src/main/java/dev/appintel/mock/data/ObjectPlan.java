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
 * properties: the properties that appear with the value rules that may make them, the dimensions
 * the object's properties stand for, the entries of an open map, and whether shares and totals
 * apply. Immutable, shared by the bodies of many requests ({@link ObjectPlans}).
 *
 * @param present    the properties that appear, in property order; never changed
 * @param dimensions the dimensions the object's properties stand for, in property order
 * @param extra      the shape of the values of an open map, unless they are open values
 * @param extraSlot  the slot of those values
 * @param extraRules the rules of those values when they are scalars, else null
 * @param shares     whether {@link Shares#normalize} can change such an object
 * @param totals     what {@link Totals#apply(Totals.Plan, com.fasterxml.jackson.databind.node.ObjectNode)} does
 *                   to such an object, if anything
 */
record ObjectPlan(FieldPlan[] present, List<Dimension> dimensions, Optional<Shape> extra, Slot extraSlot,
        ValueRules.Choice extraRules, boolean shares, Optional<Totals.Plan> totals) {

    /**
     * A property that appears, with what its values need.
     *
     * @param name     the property name
     * @param shape    its shape, resolved for the request's platform
     * @param slot     its slot
     * @param rules    the rules of its value when it is a scalar, else null
     * @param items    the rules of its items or entries when they are scalars, else null
     * @param jsonName the name as JSON, written once
     * @param platform the only platform whose apps have this list, else empty ({@link ValueRules#platformOnly})
     */
    record FieldPlan(String name, Shape shape, Slot slot, ValueRules.Choice rules, ValueRules.Choice items,
            JsonWriter.Name jsonName, Optional<String> platform) {

        /** @return whether its value is a scalar */
        boolean scalar() {
            return rules != null;
        }
    }

    /** Whether objects of this plan are built as trees: their series counts, shares or totals need all their values. */
    boolean needsAllValues() {
        return extra.isPresent() || shares || totals.isPresent();
    }

    /** The plan of an object shape with these properties present, shapes resolved by {@code shapes}. */
    static ObjectPlan of(Shape.ObjectShape object, ShapeResolver shapes, BitSet present) {
        List<FieldPlan> fields = new ArrayList<>();
        for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
            Field field = object.fields().get(i);
            Shape shape = shapes.resolve(field.shape());
            Slot slot = new Slot(field.name(), field.limits(), object.schemaName());
            ValueRules.Choice rules = ValueRules.isScalar(shape) ? ValueRules.choose(
                    new ValueRules.Target(slot, shape, object, ValueRules.Place.PROPERTY, field.nullable())) : null;
            fields.add(new FieldPlan(field.name(), shape, slot, rules, itemRules(shape, slot, object, shapes),
                    new JsonWriter.Name(field.name()), shape instanceof Shape.ListOf
                            ? ValueRules.platformOnly(slot.name(), field.nullable()) : Optional.empty()));
        }
        Optional<Shape> extra = object.extra().filter(shape -> !(shape instanceof Shape.AnyValue));
        Slot extraSlot = new Slot(object.schemaName(), Limits.NONE, object.schemaName());
        ValueRules.Choice extraRules = extra.map(shapes::resolve).filter(ValueRules::isScalar)
                .map(shape -> ValueRules.choose(new ValueRules.Target(extraSlot, shape, object, ValueRules.Place.MAP_VALUE,
                        false))).orElse(null);
        return new ObjectPlan(fields.toArray(FieldPlan[]::new), List.copyOf(shapes.dimensions(object)), extra,
                extraSlot, extraRules, Shares.applies(object), Totals.plan(object));
    }

    /** The rules of a list's scalar items or a map's scalar entries. */
    private static ValueRules.Choice itemRules(Shape shape, Slot slot, Shape.ObjectShape owner, ShapeResolver shapes) {
        if (shape instanceof Shape.ListOf list && ValueRules.isScalar(shapes.resolve(list.element()))) {
            return ValueRules.choose(new ValueRules.Target(slot, shapes.resolve(list.element()), owner,
                    ValueRules.Place.LIST_ITEM, false));
        }
        if (shape instanceof Shape.MapOf map && ValueRules.isScalar(shapes.resolve(map.value()))) {
            return ValueRules.choose(new ValueRules.Target(slot, shapes.resolve(map.value()), owner,
                    ValueRules.Place.MAP_VALUE, false));
        }
        return null;
    }
}
