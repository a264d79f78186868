package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import dev.appintel.generator.model.TagGroup;
import dev.appintel.generator.render.GeneratedFile;
import dev.appintel.generator.render.GoldenFiles;
import dev.appintel.generator.render.TargetOptions;
import feign.Contract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Feign client generated from the real spec (from the spec module's jar), whatever the spec
 * holds today: a method for each of its operations, compiled without a warning, and accepted by
 * Feign's own contract, interface by interface. The reviewed golden copies are rendered from the
 * generator's fixture spec instead ({@link #theFixtureSpecMatchesTheReviewedGoldenFiles}), so that
 * an edit of the real spec does not touch them.
 */
class RealSpecClientTest {

    static final String SPEC_RESOURCE = "openapi/app-intelligence.yaml";
    private static final String BASE_PACKAGE = "dev.appintel.client";

    private static ApiModel model;
    private static List<GeneratedFile> files;

    @BeforeAll
    static void generate() {
        model = new ModelBuilder().build(new SpecLoader().load("app-intelligence.yaml", specBytes()));
        files = render(model);
    }

    @Test
    void theFixtureSpecMatchesTheReviewedGoldenFiles() {
        GoldenFiles.assertMatches("feign-client-fixture-spec", render(TestSpecs.model()));
    }

    @Test
    void coversEveryOperationOfTheSpec() {
        assertThat(model.operations()).isNotEmpty();
        String apis = files.stream().filter(file -> file.relativePath().contains("/api/"))
                .map(GeneratedFile::content).reduce("", String::concat);
        model.operations().forEach(operation ->
                assertThat(apis).as(operation.operationId()).contains(" " + operation.javaName() + "("));
    }

    @Test
    void compilesWithoutAnyWarningUnderXlintAll() {
        assertThat(GeneratedSources.compile("real-spec", files).diagnostics()).isEmpty();
    }

    @Test
    void everyInterfaceIsAValidFeignContract() throws Exception {
        GeneratedSources.Compilation compilation = GeneratedSources.compile("real-spec-contract", files);
        assertThat(compilation.diagnostics()).isEmpty();
        try (URLClassLoader loader = compilation.classLoader()) {
            for (TagGroup tag : model.tags()) {
                Class<?> api = loader.loadClass(BASE_PACKAGE + ".api." + tag.javaName());
                assertThatCode(() -> new Contract.Default().parseAndValidateMetadata(api))
                        .as(tag.javaName()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void theSameSpecGivesTheSameFiles() {
        ApiModel again = new ModelBuilder().build(new SpecLoader().load("app-intelligence.yaml", specBytes()));

        assertThat(render(again)).isEqualTo(files);
    }

    private static List<GeneratedFile> render(ApiModel apiModel) {
        return new FeignClientTarget().render(apiModel, new TargetOptions(BASE_PACKAGE, Optional.empty()));
    }

    static byte[] specBytes() {
        try (InputStream in = RealSpecClientTest.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
