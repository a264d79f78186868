package dev.appintel.generator.model;

import dev.appintel.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named types of the model and the Java type names already handed out. Component schemas get
 * their names first, in spec order; inline types and tag interfaces get theirs as they are met.
 * An inline type's made-up schema name is its Java name, which no component schema can have.
 */
final class TypeRegistry {

    private final NameAllocator names = NameAllocator.forTypes();
    private final Map<String, TypeRef.Named> components = new HashMap<>();
    private final Map<String, ModelType> types = new HashMap<>();

    /** Gives a component schema its Java name; call in spec order, before any inline type. */
    TypeRef.Named declareComponent(String schemaName, String preferredJavaName) {
        TypeRef.Named named = new TypeRef.Named(schemaName, names.allocate(preferredJavaName));
        components.put(schemaName, named);
        return named;
    }

    /** Keeps the schema names of the components from being made up for inline types. */
    void reserveComponentSchemaNames() {
        components.keySet().forEach(names::reserve);
    }

    /** The reference to a declared component. */
    TypeRef.Named component(String schemaName) {
        TypeRef.Named named = components.get(schemaName);
        if (named == null) {
            throw new IllegalStateException("component schema " + schemaName + " was not declared");
        }
        return named;
    }

    /** Names an inline type: the preferred name, or a numbered variant of it. */
    TypeRef.Named declareInline(String preferredJavaName) {
        String javaName = names.allocate(preferredJavaName);
        return new TypeRef.Named(javaName, javaName);
    }

    /** Names a generated type that is not a schema, such as a tag's interface. */
    String allocate(String preferredJavaName) {
        return names.allocate(preferredJavaName);
    }

    void define(ModelType type) {
        types.put(type.schemaName(), type);
    }

    Optional<ModelType> type(TypeRef.Named named) {
        return Optional.ofNullable(types.get(named.schemaName()));
    }

    /** Every defined type, sorted by Java name. */
    List<ModelType> sorted() {
        List<ModelType> sorted = new ArrayList<>(types.values());
        sorted.sort(Comparator.comparing(ModelType::javaName));
        return sorted;
    }
}
