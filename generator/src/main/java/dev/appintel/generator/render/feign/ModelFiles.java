package dev.appintel.generator.render.feign;

import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.ModelType.EnumType;
import dev.appintel.generator.model.ModelType.ObjectType;
import dev.appintel.generator.model.ModelType.ObjectUnion;
import dev.appintel.generator.model.ModelType.ScalarUnion;
import dev.appintel.generator.render.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

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

    List<GeneratedFile> render() {
        List<GeneratedFile> files = new ArrayList<>();
        for (ModelType type : scope.model().types()) {
            files.add(render(type));
        }
        return files;
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
