package dev.appintel.generator.diff;

import static dev.appintel.generator.diff.Change.Side.BASELINE;
import static dev.appintel.generator.diff.Change.Side.CURRENT;

import dev.appintel.generator.diff.ChangeCollector.Found;
import dev.appintel.generator.load.JsonPointers;
import dev.appintel.generator.model.EnumConstant;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Property;
import dev.appintel.generator.model.SourceLocation;
import dev.appintel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares response bodies, following named types into their properties. Each pair of named types
 * is compared once; an operation that reaches a pair again only adds itself to what was found.
 */
final class ResponseTypeComparator {

    private final Map<String, ModelType> baselineTypes;
    private final Map<String, ModelType> currentTypes;
    private final ChangeCollector changes;
    private final Map<String, List<Found>> comparedPairs = new HashMap<>();

    ResponseTypeComparator(Map<String, ModelType> baselineTypes, Map<String, ModelType> currentTypes,
            ChangeCollector changes) {
        this.baselineTypes = baselineTypes;
        this.currentTypes = currentTypes;
        this.changes = changes;
    }

    /** Compares one operation's response body; everything found is marked as reached from it. */
    void compareBody(String operationId, String subject, SourceLocation where, TypeRef before, TypeRef after) {
        List<Found> found = new ArrayList<>();
        compare(subject, where, before, after, found);
        found.forEach(each -> each.reachedFrom(operationId));
    }

    private void compare(String subject, SourceLocation where, TypeRef before, TypeRef after, List<Found> found) {
        if (before instanceof TypeRef.ListOf oldList && after instanceof TypeRef.ListOf newList) {
            compare(subject + "[]", where, oldList.element(), newList.element(), found);
        } else if (before instanceof TypeRef.MapOf oldMap && after instanceof TypeRef.MapOf newMap) {
            compare(subject + "{}", where, oldMap.value(), newMap.value(), found);
        } else if (before instanceof TypeRef.Named oldName && after instanceof TypeRef.Named newName
                && sameKind(baselineTypes.get(oldName.schemaName()), currentTypes.get(newName.schemaName()))) {
            found.addAll(compareNamed(baselineTypes.get(oldName.schemaName()), currentTypes.get(newName.schemaName())));
        } else if (!before.equals(after)) {
            found.add(changes.add(ChangeKind.RESPONSE_FIELD_RETYPED, subject,
                    TypeShapes.describe(before, baselineTypes) + " → " + TypeShapes.describe(after, currentTypes),
                    CURRENT, where));
        }
    }

    private static boolean sameKind(ModelType before, ModelType after) {
        return before != null && after != null && before.getClass() == after.getClass();
    }

    private List<Found> compareNamed(ModelType before, ModelType after) {
        String pair = before.schemaName() + "\u0000" + after.schemaName();
        List<Found> known = comparedPairs.get(pair);
        if (known != null) {
            return known;
        }
        List<Found> found = new ArrayList<>();
        // Registered before recursing, so that a type containing itself is compared once.
        comparedPairs.put(pair, found);
        if (!before.javaName().equals(after.javaName())) {
            found.add(changes.add(ChangeKind.TYPE_RENAMED, after.schemaName(),
                    before.javaName() + " → " + after.javaName(), CURRENT, after.source()));
        }
        if (!before.description().equals(after.description())) {
            found.add(changes.add(ChangeKind.DESCRIPTION_CHANGED, after.schemaName(), "", CURRENT, after.source()));
        }
        if (before instanceof ModelType.ObjectType oldObject) {
            compareObjects(oldObject, (ModelType.ObjectType) after, found);
        } else if (before instanceof ModelType.EnumType oldEnum) {
            compareEnums(oldEnum, (ModelType.EnumType) after, found);
        } else if (before instanceof ModelType.ScalarUnion oldUnion) {
            compareScalarUnions(oldUnion, (ModelType.ScalarUnion) after, found);
        } else {
            compareObjectUnions((ModelType.ObjectUnion) before, (ModelType.ObjectUnion) after, found);
        }
        return found;
    }

    private void compareObjects(ModelType.ObjectType before, ModelType.ObjectType after, List<Found> found) {
        Map<String, Property> oldProperties = byName(before.properties());
        Map<String, Property> newProperties = byName(after.properties());
        for (Property removed : without(oldProperties, newProperties.keySet())) {
            found.add(changes.add(ChangeKind.RESPONSE_FIELD_REMOVED, after.schemaName() + "." + removed.jsonName(), "",
                    BASELINE, propertyLocation(before, removed.jsonName())));
        }
        for (Property added : without(newProperties, oldProperties.keySet())) {
            found.add(changes.add(ChangeKind.RESPONSE_FIELD_ADDED, after.schemaName() + "." + added.jsonName(),
                    TypeShapes.describe(added.type(), currentTypes), CURRENT, propertyLocation(after, added.jsonName())));
        }
        for (Property now : after.properties()) {
            Property then = oldProperties.get(now.jsonName());
            if (then != null) {
                compareProperty(after, then, now, found);
            }
        }
        compareExtraEntries(before, after, found);
    }

    private void compareProperty(ModelType.ObjectType owner, Property before, Property after, List<Found> found) {
        String subject = owner.schemaName() + "." + after.jsonName();
        SourceLocation where = propertyLocation(owner, after.jsonName());
        if (before.required() != after.required()) {
            ChangeKind kind = after.required() ? ChangeKind.RESPONSE_FIELD_MADE_REQUIRED
                    : ChangeKind.RESPONSE_FIELD_MADE_OPTIONAL;
            found.add(changes.add(kind, subject, "", CURRENT, where));
        }
        if (before.nullable() != after.nullable()) {
            ChangeKind kind = after.nullable() ? ChangeKind.RESPONSE_FIELD_MADE_NULLABLE
                    : ChangeKind.RESPONSE_FIELD_MADE_NON_NULL;
            found.add(changes.add(kind, subject, "", CURRENT, where));
        }
        if (!before.description().equals(after.description())) {
            found.add(changes.add(ChangeKind.DESCRIPTION_CHANGED, subject, "", CURRENT, where));
        }
        compare(subject, where, before.type(), after.type(), found);
    }

    private void compareExtraEntries(ModelType.ObjectType before, ModelType.ObjectType after, List<Found> found) {
        String subject = after.schemaName() + ".{*}";
        Optional<TypeRef> then = before.additionalProperties();
        Optional<TypeRef> now = after.additionalProperties();
        if (then.isPresent() && now.isPresent()) {
            compare(subject, after.source(), then.get(), now.get(), found);
        } else if (then.isPresent()) {
            found.add(changes.add(ChangeKind.RESPONSE_FIELD_REMOVED, subject, "keyed entries", BASELINE,
                    before.source()));
        } else if (now.isPresent()) {
            found.add(changes.add(ChangeKind.RESPONSE_FIELD_ADDED, subject,
                    "keyed entries of " + TypeShapes.describe(now.get(), currentTypes), CURRENT, after.source()));
        }
    }

    private void compareEnums(ModelType.EnumType before, ModelType.EnumType after, List<Found> found) {
        if (before.valueKind() != after.valueKind()) {
            found.add(changes.add(ChangeKind.RESPONSE_FIELD_RETYPED, after.schemaName(),
                    TypeShapes.scalarName(before.valueKind()) + " values → " + TypeShapes.scalarName(after.valueKind())
                            + " values", CURRENT, after.source()));
        }
        Set<String> oldValues = values(before);
        Set<String> newValues = values(after);
        for (String removed : difference(oldValues, newValues)) {
            found.add(changes.add(ChangeKind.RESPONSE_ENUM_VALUE_REMOVED, after.schemaName(), removed, BASELINE,
                    before.source()));
        }
        for (String added : difference(newValues, oldValues)) {
            found.add(changes.add(ChangeKind.RESPONSE_ENUM_VALUE_ADDED, after.schemaName(), added, CURRENT,
                    after.source()));
        }
    }

    private void compareScalarUnions(ModelType.ScalarUnion before, ModelType.ScalarUnion after, List<Found> found) {
        if (!after.alternatives().containsAll(before.alternatives())
                || !before.alternatives().containsAll(after.alternatives())) {
            ChangeKind kind = before.alternatives().containsAll(after.alternatives())
                    ? ChangeKind.RESPONSE_VARIANT_REMOVED : ChangeKind.RESPONSE_FIELD_RETYPED;
            found.add(changes.add(kind, after.schemaName(), alternatives(before) + " → " + alternatives(after),
                    CURRENT, after.source()));
        }
    }

    private void compareObjectUnions(ModelType.ObjectUnion before, ModelType.ObjectUnion after, List<Found> found) {
        Map<String, TypeRef.Named> oldVariants = before.alternatives().stream()
                .collect(Collectors.toMap(TypeRef.Named::schemaName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, TypeRef.Named> newVariants = after.alternatives().stream()
                .collect(Collectors.toMap(TypeRef.Named::schemaName, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (String removed : difference(oldVariants.keySet(), newVariants.keySet())) {
            found.add(changes.add(ChangeKind.RESPONSE_VARIANT_REMOVED, after.schemaName(), removed, BASELINE,
                    before.source()));
        }
        for (String added : difference(newVariants.keySet(), oldVariants.keySet())) {
            found.add(changes.add(ChangeKind.RESPONSE_VARIANT_ADDED, after.schemaName(), added, CURRENT,
                    after.source()));
        }
        for (TypeRef.Named variant : after.alternatives()) {
            if (oldVariants.containsKey(variant.schemaName())) {
                compare(after.schemaName(), after.source(), oldVariants.get(variant.schemaName()), variant, found);
            }
        }
    }

    private static String alternatives(ModelType.ScalarUnion union) {
        return union.alternatives().stream().map(TypeShapes::scalarName).collect(Collectors.joining("|"));
    }

    private static Set<String> values(ModelType.EnumType type) {
        return type.constants().stream().map(EnumConstant::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Property> byName(List<Property> properties) {
        Map<String, Property> byName = new LinkedHashMap<>();
        properties.forEach(property -> byName.put(property.jsonName(), property));
        return byName;
    }

    private static <T> List<T> without(Map<String, T> items, Set<String> names) {
        return items.entrySet().stream().filter(entry -> !names.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
    }

    /** The members of {@code left} missing from {@code right}, sorted. */
    static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.removeAll(right);
        return difference;
    }

    private static SourceLocation propertyLocation(ModelType.ObjectType owner, String property) {
        return SourceLocation.of(JsonPointers.child(owner.source().pointer() + "/properties", property));
    }
}
