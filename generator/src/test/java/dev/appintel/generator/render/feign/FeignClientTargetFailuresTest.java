package dev.appintel.generator.render.feign;

import static dev.appintel.generator.render.feign.SampleParameters.query;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.EnumConstant;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.model.SourceLocation;
import dev.appintel.generator.model.TagGroup;
import dev.appintel.generator.model.TypeRef;
import dev.appintel.generator.model.TypeRef.ScalarKind;
import dev.appintel.generator.render.RenderException;
import dev.appintel.generator.render.TargetOptions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Models the Feign target cannot render fail with a message that says why. */
class FeignClientTargetFailuresTest {

    private static final SourceLocation SOURCE = SourceLocation.of("#/components/schemas/X");

    @Test
    void aUnionOfSomethingOtherThanObjects() {
        List<ModelType> types = List.of(
                new ModelType.EnumType("Os", "Os", "", false, SOURCE, ScalarKind.STRING, List.of(new EnumConstant("ios", "IOS"))),
                new ModelType.ObjectUnion("Row", "Row", "", false, SOURCE, List.of(new TypeRef.Named("Os", "Os"))));

        assertThatThrownBy(() -> render(types, List.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("the union Row has the alternative Os, which is not an object type");
    }

    @Test
    void aReferenceToAnUnknownType() {
        List<ModelType> types = List.of(new ModelType.ObjectType("A", "A", "", false, SOURCE, List.of(
                new dev.appintel.generator.model.Property("b", "b", new TypeRef.Named("B", "B"), false, false,
                        dev.appintel.generator.model.Constraints.NONE, "", Optional.empty())), Optional.empty()));

        assertThatThrownBy(() -> render(types, List.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("the model has no type B");
    }

    @Test
    void aScalarUnionWithABoolean() {
        List<ModelType> types = List.of(new ModelType.ScalarUnion("Flag", "Flag", "", false, SOURCE,
                List.of(ScalarKind.BOOLEAN, ScalarKind.STRING)));

        assertThatThrownBy(() -> render(types, List.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("cannot represent the union Flag");
    }

    @Test
    void aListParameterWithoutAListEncoding() {
        Parameter ids = query("ids", "ids").type(new TypeRef.ListOf(new TypeRef.Scalar(ScalarKind.STRING))).build();

        assertThatThrownBy(() -> render(List.of(), List.of(ids)))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("getThings: the parameter 'ids' has the encoding SINGLE");
    }

    @Test
    void twoTypesThatWouldShareAFile() {
        List<ModelType> types = List.of(
                new ModelType.ObjectType("A", "Same", "", false, SOURCE, List.of(), Optional.empty()),
                new ModelType.ObjectType("B", "Same", "", false, SOURCE, List.of(), Optional.empty()));

        assertThatThrownBy(() -> render(types, List.of()))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("two generated files would both be dev/appintel/sample/model/Same.java");
    }

    private static void render(List<ModelType> types, List<Parameter> parameters) {
        Operation operation = new Operation("getThings", "getThings", "GET", "/v1/things", "Things", "", "",
                parameters, List.of(), OperationRules.NONE, Optional.empty(), SourceLocation.of("#/paths"));
        ApiModel model = new ApiModel("T", "1", "t.yaml", "00", "https://example.com", null,
                List.of(new TagGroup("Things", "ThingsApi", "", List.of(operation))), types);
        new FeignClientTarget().render(model, new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty()));
    }
}
