package dev.appintel.generator.render.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelType;
import dev.appintel.generator.model.Operation;
import dev.appintel.generator.render.JavaLiterals;
import dev.appintel.generator.render.JavaStringLiterals;
import dev.appintel.generator.render.ModelIndex;
import dev.appintel.generator.render.RenderException;
import dev.appintel.generator.render.TemplateEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contexts and Java expressions of the mock-server target, on the real spec's model. */
class MockContextsTest {

    private static final ApiModel MODEL = TestSpecs.model();
    private static final ModelIndex TYPES = new ModelIndex(MODEL.types());

    @Test
    void theRoutesContextHasOneEntryPerOperationInSpecOrder() {
        RoutesContext context = files().routesContext();

        assertThat(context.routes()).hasSize(TestSpecs.operationCount());
        assertThat(context.routes().get(0).methodName()).isEqualTo("getApps");
        assertThat(context.routes()).filteredOn(RoutesContext.Entry::last).extracting(RoutesContext.Entry::methodName)
                .containsExactly("getCohortEngagementCohorts");
        assertThat(context.apiKeyName()).isEqualTo("\"auth_token\"");
        assertThat(context.apiKeyLocation()).isEqualTo("Param.Location.QUERY");
        assertThat(context.imports()).isSorted().contains("java.util.List", "dev.appintel.runtime.OperationSpec");
    }

    @Test
    void theShapesContextHasOneEntryPerNamedTypeSortedBySchemaName() {
        ShapesContext context = files().shapesContext();

        assertThat(context.shapes()).hasSize(MODEL.types().size());
        assertThat(context.shapes()).extracting(ShapesContext.Entry::nameLiteral).isSorted();
        assertThat(context.shapes()).extracting(ShapesContext.Entry::methodName).contains("appShape", "salesEstimateShape");
    }

    @Test
    void aJavaStringConstantThatWouldBeTooLongIsRefused() {
        assertThatThrownBy(() -> JavaLiterals.string("x".repeat(JavaStringLiterals.MAX_CONSTANT_BYTES + 1)))
                .isInstanceOf(RenderException.class).hasMessageContaining("too long for a Java string constant");
        assertThat(JavaLiterals.string("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
    }

    private static MockFiles files() {
        return new MockFiles(MODEL, MockServerTargetTest.BASE_PACKAGE, new TemplateEngine("mock-server", Optional.empty()));
    }

    private static Operation operation(String operationId) {
        return MODEL.operations().stream().filter(operation -> operation.operationId().equals(operationId))
                .findFirst().orElseThrow();
    }

    private static ModelType type(String schemaName) {
        return MODEL.types().stream().filter(type -> type.schemaName().equals(schemaName)).findFirst().orElseThrow();
    }
}
