package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.render.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Renders every named type of the model into the model package, one file each. */
final class ModelFiles {

    private final RecordFiles records;
    private final EnumFiles enums;
    private final ScalarUnionFiles scalarUnions;
    private final ObjectUnionFiles objectUnions;
    private final RenderScope scope;

    ModelFiles(RenderScope scope) {
        this.scope = scope;
        this.records = new RecordFiles(scope);
        this.enums = new EnumFiles(scope);
        this.scalarUnions = new ScalarUnionFiles(scope);
        this.objectUnions = new ObjectUnionFiles(scope);
    }

    /** A task per named type, in model order, rendering its file. */
    List<Supplier<List<GeneratedFile>>> tasks() {
        List<Supplier<List<GeneratedFile>>> tasks = new ArrayList<>();
        for (ModelType type : scope.model().types()) {
            tasks.add(() -> List.of(render(type)));
        }
        return tasks;
    }

    private GeneratedFile render(ModelType type) {
        if (type instanceof ObjectType object) {
            return records.render(object);
        }
        if (type instanceof EnumType enumType) {
            return enums.render(enumType);
        }
        if (type instanceof ScalarUnion union) {
            return scalarUnions.render(union);
        }
        return objectUnions.render((ObjectUnion) type);
    }
}
