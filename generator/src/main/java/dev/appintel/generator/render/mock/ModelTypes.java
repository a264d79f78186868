package dev.appintel.generator.render.mock;

import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.render.RenderException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model's named types by schema name. */
final class ModelTypes {

    private final Map<String, ModelType> bySchemaName = new LinkedHashMap<>();

    ModelTypes(List<ModelType> types) {
        for (ModelType type : types) {
            if (bySchemaName.putIfAbsent(type.schemaName(), type) != null) {
                throw new RenderException("two model types have the schema name " + type.schemaName());
            }
        }
    }

    /**
     * The type a reference names.
     *
     * @throws RenderException when the model has no such type
     */
    ModelType get(TypeRef.Named ref) {
        ModelType type = bySchemaName.get(ref.schemaName());
        if (type == null) {
            throw new RenderException("the model has no type " + ref.schemaName() + " (as " + ref.javaName() + ")");
        }
        return type;
    }
}
