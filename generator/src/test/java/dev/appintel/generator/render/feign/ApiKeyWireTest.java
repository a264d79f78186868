package dev.appintel.generator.render.feign;

import static dev.appintel.generator.render.feign.GeneratedClient.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import dev.appintel.generator.render.TargetOptions;
import feign.Feign;
import feign.RequestInterceptor;
import feign.jackson.JacksonDecoder;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client sends the API key each operation's security requirement names: the
 * document's query key where an operation declares none, its own header or query key where it
 * declares one, and nothing where it declares {@code security: []}.
 */
class ApiKeyWireTest {

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
    private static GeneratedClient generated;
    private static RecordingServer server;
    private static Object things;

    @BeforeAll
    static void compileAndServe() throws ReflectiveOperationException {
        ApiModel model = new ModelBuilder().build(new SpecLoader().load("keys.yaml", SPEC.getBytes(StandardCharsets.UTF_8)));
        GeneratedSources.Compilation compilation = GeneratedSources.compile("keys", new FeignClientTarget()
                .render(model, new TargetOptions(SampleModels.BASE_PACKAGE, Optional.empty())));
        assertThat(compilation.diagnostics()).isEmpty();
        loader = compilation.classLoader();
        generated = new GeneratedClient(loader);
        server = RecordingServer.start();
        Supplier<String> token = () -> "s3cret";
        RequestInterceptor keys = (RequestInterceptor) generated.type("support.ApiKeyInterceptor")
                .getConstructor(Supplier.class).newInstance(token);
        things = Feign.builder().decoder(new JacksonDecoder(generated.mapper())).requestInterceptor(keys)
                .target(generated.type("api.ThingsApi"), server.url());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        loader.close();
    }

    @Test
    void anOperationWithoutItsOwnRequirementSendsTheDocumentsKey() {
        call(things, "getThings");

        assertThat(server.last().rawQuery()).isEqualTo("auth_token=s3cret");
        assertThat(server.lastHeader("X-Partner-Key")).isEmpty();
    }

    @Test
    void anOperationsOwnHeaderKeyIsSentInItsHeaderInstead() {
        call(things, "getSecrets");

        assertThat(server.lastHeader("X-Partner-Key")).contains("s3cret");
        assertThat(server.last().rawQuery()).isNull();
    }

    @Test
    void anOperationsOwnQueryKeyIsSentUnderItsName() {
        call(things, "getReports");

        assertThat(server.last().rawQuery()).isEqualTo("report_key=s3cret");
    }

    @Test
    void anOperationThatNeedsNoKeySendsNone() {
        call(things, "getHealth");

        assertThat(server.last().rawQuery()).isNull();
        assertThat(server.lastHeader("X-Partner-Key")).isEmpty();
    }
}
