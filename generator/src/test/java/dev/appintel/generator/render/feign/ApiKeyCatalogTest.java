package dev.appintel.generator.render.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import dev.appintel.generator.render.TargetOptions;
import dev.appintel.runtime.ApiKey;
import dev.appintel.runtime.Param;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated catalog gives the API key each operation's security requirement names: the
 * document's query key where an operation declares none, its own header or query key where it
 * declares one, and none where it declares {@code security: []}. The appintel client sends it
 * as the catalog says.
 */
class ApiKeyCatalogTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info: {title: Keys, version: "1"}
            security:
              - token: []
            paths:
              /v1/things:
                get:
                  tags: [Things]
                  operationId: getThings
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {type: object}}}}
              /v1/secrets:
                get:
                  tags: [Things]
                  operationId: getSecrets
                  security:
                    - partnerKey: []
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {type: object}}}}
              /v1/reports:
                get:
                  tags: [Things]
                  operationId: getReports
                  security:
                    - reportKey: []
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {type: object}}}}
              /v1/health:
                get:
                  tags: [Things]
                  operationId: getHealth
                  security: []
                  responses:
                    "200": {description: ok, content: {application/json: {schema: {type: object}}}}
            components:
              securitySchemes:
                token: {type: apiKey, in: query, name: auth_token}
                partnerKey: {type: apiKey, in: header, name: X-Partner-Key}
                reportKey: {type: apiKey, in: query, name: report_key}
            """;

    private static URLClassLoader loader;
    private static Class<?> catalog;

    @BeforeAll
    static void compile() throws ReflectiveOperationException {
        ApiModel model = new ModelBuilder().build(new SpecLoader().load("keys.yaml", SPEC.getBytes(StandardCharsets.UTF_8)));
        GeneratedSources.Compilation compilation = GeneratedSources.compile("keys", new FeignClientTarget()
                .render(model, new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty())));
        assertThat(compilation.diagnostics()).isEmpty();
        loader = compilation.classLoader();
        catalog = new GeneratedClient(loader).type("support.OperationCatalog");
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void anOperationWithoutItsOwnRequirementHasTheDocumentsKey() throws ReflectiveOperationException {
        assertThat(key("getThings")).contains(new ApiKey("auth_token", Param.Location.QUERY));
        assertThat(catalog.getMethod("apiKey").invoke(null)).isEqualTo(key("getThings"));
    }

    @Test
    void anOperationsOwnKeyReplacesTheDocumentsWhereverItTravels() throws ReflectiveOperationException {
        assertThat(key("getSecrets")).contains(new ApiKey("X-Partner-Key", Param.Location.HEADER));
        assertThat(key("getReports")).contains(new ApiKey("report_key", Param.Location.QUERY));
    }

    @Test
    void anOperationThatNeedsNoKeyHasNone() throws ReflectiveOperationException {
        assertThat(key("getHealth")).isEmpty();
    }

    private static Optional<Object> key(String operationId) throws ReflectiveOperationException {
        return ((Optional<?>) catalog.getMethod("apiKey", String.class).invoke(null, operationId)).map(Object.class::cast);
    }
}
