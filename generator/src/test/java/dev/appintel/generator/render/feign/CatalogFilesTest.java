package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.model.Operation;
import dev.appintel.generator.model.OperationRules;
import dev.appintel.generator.model.Parameter;
import dev.appintel.generator.render.TargetOptions;
import dev.appintel.runtime.MethodBinding;
import dev.appintel.runtime.Param;
import dev.appintel.runtime.Rules;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated operation catalog binds each operation's runtime spec to its interface method. */
class CatalogFilesTest {

    @Test
    void accessorNamesDropTheApiSuffixAndAvoidKeywords() {
        assertThat(CatalogFiles.accessorName("AppOverviewApi")).isEqualTo("appOverview");
        assertThat(CatalogFiles.accessorName("DefaultApi")).isEqualTo("default_");
        assertThat(CatalogFiles.accessorName("Api")).isEqualTo("api");
        assertThat(CatalogFiles.accessorName("Things")).isEqualTo("things");
    }

    @Test
    void theCatalogBindsEveryOperationsSpecToItsMethod() throws Exception {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("catalog",
                new FeignClientTarget().render(SampleModels.appIntelligence(),
                        new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty())));
        assertThat(compilation.diagnostics()).isEmpty();

        try (URLClassLoader loader = compilation.classLoader()) {
            Class<?> catalog = loader.loadClass(SampleModels.BASE_PACKAGE + ".support.OperationCatalog");
            List<?> operations = (List<?>) catalog.getMethod("operations").invoke(null);
            Operation model = SampleModels.appIntelligence().operations().stream()
                    .filter(operation -> operation.rules().batching().isPresent()).findFirst().orElseThrow();
            MethodBinding binding = operations.stream().map(MethodBinding.class::cast)
                    .filter(candidate -> candidate.operationId().equals(model.operationId())).findFirst().orElseThrow();

            assertThat(operations).hasSize(SampleModels.appIntelligence().operations().size());
            assertThat(binding.methodName()).isEqualTo(model.javaName());
            assertThat(List.of(binding.api().getMethods())).anyMatch(method -> method.getName().equals(model.javaName())
                    && method.getParameterCount() == model.parameters().size());
            assertThat(binding.wireNames()).containsExactlyElementsOf(model.parameters().stream().map(Parameter::name).toList());
            assertThat(binding.javaNames()).containsExactlyElementsOf(model.parameters().stream().map(Parameter::javaName).toList());
            OperationRules.Batching batching = model.rules().batching().orElseThrow();
            assertThat(binding.spec().rules().batching()).contains(new Rules.Batching(batching.parameter(),
                    batching.maxPerCall(), batching.concat()));
            assertThat(binding.spec().params()).extracting(Param::name).containsExactlyElementsOf(binding.wireNames());
        }
    }
}
