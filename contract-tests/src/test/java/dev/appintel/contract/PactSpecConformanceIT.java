package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.spec.testing.SpecDocument;
import dev.appintel.spec.testing.ValidRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Spec conformance of the pacts: every interaction's request and response (the examples the pact
 * holds, generated from its matchers) validated against the spec by Atlassian's
 * swagger-request-validator, an implementation that shares nothing with our generator.
 *
 * <p>Workaround: the validator throws {@code PatternSyntaxException} when a request holds a query
 * parameter the operation does not declare next to a declared {@code name[]} parameter. The only
 * undeclared one is {@code auth_token} (an API key, declared as a security scheme); the validator
 * does not check a query API key anyway, so undeclared parameters are left out of what it is
 * given, and this test checks the token's presence itself.
 */
class PactSpecConformanceIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path PACT = Path.of("target", "pacts",
            PactRequests.CONSUMER + "-" + PactRequests.PROVIDER + ".json");
    /**
     * Pacts are consumer-driven: a body holds only the properties the client relies on (the
     * required, non-nullable ones), so "missing required property" is not reported for response
     * bodies; every other check (types, formats, enums, patterns, unknown properties, statuses,
     * headers, parameters) stands. The mock's complete bodies are checked with their required
     * properties by {@link ResponseConformanceTest}.
     */
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(specText())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.response.body.schema.required", ValidationReport.Level.IGNORE).build())
            .build();

    /** Counted from the spec, not pinned: a new operation must bring its interaction, a deleted one take it away. */
    @Test
    void thePactHoldsOneInteractionFromTheSpecPerOperationAndNoOther() throws IOException {
        List<String> descriptions = new ArrayList<>();
        MAPPER.readTree(PACT.toFile()).path("interactions")
                .forEach(interaction -> descriptions.add(interaction.path("description").asText()));
        List<String> fromSpec = SpecDocument.operations().stream().map(SpecInteractions::description).toList();
        assertThat(descriptions).doesNotHaveDuplicates().containsAll(fromSpec);
        assertThat(descriptions).filteredOn(description -> description.endsWith(SpecInteractions.FROM_THE_SPEC))
                .containsExactlyInAnyOrderElementsOf(fromSpec);
    }

    @TestFactory
    Stream<DynamicTest> everyInteractionConformsToTheSpec() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode interaction : MAPPER.readTree(PACT.toFile()).path("interactions")) {
            tests.add(DynamicTest.dynamicTest(interaction.path("description").asText(), () -> {
                assertThat(interaction.path("request").path("query").path("auth_token").path(0).asText())
                        .isEqualTo(FakeToken.VALUE);
                ValidationReport report = validate(interaction);
                assertThat(report.getMessages()).as(interaction.path("request").toString())
                        .filteredOn(message -> message.getLevel() != ValidationReport.Level.IGNORE).isEmpty();
            }));
        }
        assertThat(tests).as("interactions in " + PACT).isNotEmpty();
        return tests.stream();
    }

    /** The oracle can fail: a date that is no date, and an unknown property, are reported by name. */
    @Test
    void aBrokenInteractionIsReported() throws IOException {
        JsonNode interaction = null;
        for (JsonNode each : MAPPER.readTree(PACT.toFile()).path("interactions")) {
            if (each.path("description").asText().equals("getNetworkAnalysisRank succeeds")) {
                interaction = each.deepCopy();
            }
        }
        assertThat(interaction).isNotNull();
        ObjectNode row = (ObjectNode) interaction.path("response").path("body").get(0);
        row.put("date", "last week");
        row.set("renamed_rank", row.remove("rank"));
        ValidationReport report = validate(interaction);
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.getMessages().toString()).contains("last week").contains("renamed_rank");
    }

    static ValidationReport validate(JsonNode interaction) {
        JsonNode request = interaction.path("request");
        String path = request.path("path").asText();
        SpecDocument.Operation operation = operationOf(path);
        Set<String> declared = new HashSet<>();
        operation.parameters().forEach(parameter -> declared.add(parameter.path("name").asText()));
        SimpleRequest.Builder builder = SimpleRequest.Builder.get(path);
        for (Iterator<Map.Entry<String, JsonNode>> query = request.path("query").fields(); query.hasNext();) {
            Map.Entry<String, JsonNode> entry = query.next();
            if (!declared.contains(entry.getKey())) {
                continue; // the workaround described above
            }
            List<String> values = new ArrayList<>();
            entry.getValue().forEach(value -> values.add(value.asText()));
            builder.withQueryParam(entry.getKey(), values);
        }
        JsonNode response = interaction.path("response");
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.path("status").asInt());
        response.path("headers").fields().forEachRemaining(header -> answer.withHeader(header.getKey(),
                header.getValue().asText()));
        if (!response.path("headers").has("Content-Type")) {
            answer.withContentType("application/json");
        }
        answer.withBody(response.path("body").toString());
        return VALIDATOR.validate(builder.build(), answer.build());
    }

    private static SpecDocument.Operation operationOf(String path) {
        return SpecDocument.operations().stream()
                .filter(operation -> path.matches(operation.path().replace("{os}", "[a-z]+")))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no operation at " + path));
    }

    private static String specText() {
        try (InputStream in = PactSpecConformanceIT.class.getClassLoader().getResourceAsStream("openapi/app-intelligence.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
