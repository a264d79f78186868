package dev.appintel.generator.render;

import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The model's named types by schema name, and which unions each object type belongs to. */
public final class ModelIndex {

    private final Map<String, ModelType> bySchemaName = new LinkedHashMap<>();
    private final Map<String, List<ObjectUnion>> unionsByMember = new LinkedHashMap<>();
    private final Set<String> javaNames;

    /**
     * Indexes the model's types.
     *
     * @param types the model's named types
     * @throws RenderException when two share a schema name or a union names a non-object
     */
    public ModelIndex(List<ModelType> types) {
        for (ModelType type : types) {
            if (bySchemaName.putIfAbsent(type.schemaName(), type) != null) {
                throw new RenderException("two model types have the schema name " + type.schemaName());
            }
        }
        for (ModelType type : types) {
            if (type instanceof ObjectUnion union) {
                for (TypeRef.Named alternative : union.alternatives()) {
                    objectType(alternative, union.schemaName());
                    unionsByMember.computeIfAbsent(alternative.schemaName(), name -> new ArrayList<>()).add(union);
                }
            }
        }
        javaNames = Set.copyOf(types.stream().map(ModelType::javaName).toList());
    }

    /**
     * The type a reference names.
     *
     * @throws RenderException when the model has no such type
     */
    public ModelType get(TypeRef.Named ref) {
        ModelType type = bySchemaName.get(ref.schemaName());
        if (type == null) {
            throw new RenderException("the model has no type " + ref.schemaName() + " (as " + ref.javaName() + ")");
        }
        return type;
    }

    /**
     * The object type a union alternative names.
     *
     * @throws RenderException when it names something else
     */
    public ObjectType objectType(TypeRef.Named ref, String union) {
        if (get(ref) instanceof ObjectType object) {
            return object;
        }
        throw new RenderException("the union " + union + " has the alternative " + ref.schemaName()
                + ", which is not an object type");
    }

    /** The unions whose alternatives include {@code type}, in model order. */
    public List<ObjectUnion> unionsOf(ObjectType type) {
        return unionsByMember.getOrDefault(type.schemaName(), List.of());
    }

    /** The Java names of all model types; every model file asks, so they are collected once. */
    public Set<String> javaNames() {
        return javaNames;
    }
}
