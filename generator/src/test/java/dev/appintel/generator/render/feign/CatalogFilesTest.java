package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.render.TargetOptions;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated operation catalog holds the model's rules and finds operations by method. */
class CatalogFilesTest {

    @Test
    void accessorNamesDropTheApiSuffixAndAvoidKeywords() {
        assertThat(CatalogFiles.accessorName("AppOverviewApi")).isEqualTo("appOverview");
        assertThat(CatalogFiles.accessorName("DefaultApi")).isEqualTo("default_");
        assertThat(CatalogFiles.accessorName("Api")).isEqualTo("api");
        assertThat(CatalogFiles.accessorName("Things")).isEqualTo("things");
    }

    @Test
    void theCatalogHoldsEveryOperationWithItsRulesAndFindsItsMethod() throws Exception {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("catalog",
                new FeignClientTarget().render(SampleModels.appIntelligence(),
                        new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty())));
        assertThat(compilation.diagnostics()).isEmpty();

        try (URLClassLoader loader = compilation.classLoader()) {
            Class<?> catalog = loader.loadClass(SampleModels.BASE_PACKAGE + ".support.OperationCatalog");
            List<?> operations = (List<?>) catalog.getMethod("operations").invoke(null);
            Class<?> api = loader.loadClass(SampleModels.BASE_PACKAGE + ".api.AppOverviewApi");
            Method getApps = List.of(api.getMethods()).stream()
                    .filter(method -> method.getName().equals("getApps") && method.getParameterCount() == 4)
                    .findFirst().orElseThrow();
            Optional<?> found = (Optional<?>) catalog.getMethod("find", Method.class).invoke(null, getApps);

            assertThat(operations).hasSize(SampleModels.appIntelligence().operations().size());
            assertThat(found).get().hasToString("OperationMetadata[operationId=getApps, api=interface "
                    + api.getName() + ", methodName=getApps, parameters=" + parameters(found.get())
                    + ", batching=Optional[Batching[parameter=app_ids, maxPerCall=100, concat=[/apps]]], "
                    + "segmentation=Optional.empty, pagination=Optional.empty, dateRange=Optional.empty, "
                    + "requiresOneOf=[]]");
            assertThat(parameters(found.get())).startsWith("[Parameter[name=os, javaName=os, location=PATH, required=true");
        }
    }

    private static String parameters(Object operation) throws Exception {
        return operation.getClass().getMethod("parameters").invoke(operation).toString();
    }
}
