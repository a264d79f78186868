package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.TargetOptions;
import feign.Contract;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sample's generated client compiles without a warning and is a valid Feign contract. */
class FeignClientCompileTest {

    private static final List<String> INTERFACES = List.of("AppOverviewApi", "DownloadsRevenueApi",
            "CreativeGalleryApi", "CategoryRankingsApi", "AppOverlapApi");

    @Test
    void compilesWithoutAnyWarningUnderXlintAll() {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("compile", render());

        assertThat(compilation.diagnostics()).isEmpty();
    }

    @Test
    void theCompilerCheckReportsWarnings() {
        GeneratedFile raw = new GeneratedFile("p/Raw.java",
                "package p;\nclass Raw {\n    java.util.List<?> list = new java.util.ArrayList();\n}\n");

        assertThat(GeneratedSources.compile("warning", List.of(raw)).diagnostics())
                .anySatisfy(diagnostic -> assertThat(diagnostic).contains("p/Raw.java:3").contains("raw type"));
    }

    @Test
    void everyInterfaceIsAValidFeignContract() throws Exception {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("contract", render());
        assertThat(compilation.diagnostics()).isEmpty();

        try (URLClassLoader loader = compilation.classLoader()) {
            for (String name : INTERFACES) {
                Class<?> api = loader.loadClass(SampleModels.BASE_PACKAGE + ".api." + name);
                assertThatCode(() -> new Contract.Default().parseAndValidateMetadata(api))
                        .as(name).doesNotThrowAnyException();
            }
        }
    }

    private static List<GeneratedFile> render() {
        return new FeignClientTarget().render(SampleModels.appIntelligence(),
                new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty()));
    }
}
