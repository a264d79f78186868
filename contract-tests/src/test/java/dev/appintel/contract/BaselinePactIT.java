package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponseInteraction;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.support.Result;
import au.com.dius.pact.provider.VerificationFailureType;
import au.com.dius.pact.provider.VerificationResult;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.spec.testing.SpecDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Compatibility of the contracts: the pact a client generated from the baseline spec (the spec before
 * the change under review) would publish is derived from that spec the way the consumer tests derive
 * today's ({@link SpecInteractions}), written to {@code target/pacts-baseline}, and replayed against
 * the mock server of the current spec. Every mismatch is a finding, written to the file the system
 * property {@code appintel.contractFindings} names; findings do not fail this test (the build's
 * verify goal decides from the file), a pact that cannot be built or replayed does.
 */
class BaselinePactIT {

    /** The baseline spec's file; absent means there is nothing to compare with. */
    static final String BASELINE_SPEC = "appintel.baselineSpec";
    /** Where the findings go. */
    static final String FINDINGS = "appintel.contractFindings";
    /** The property the fixture baseline requires and no mock sends. */
    private static final String FIXTURE_PROPERTY = "fixture_only_property";
    /** The folder {@link Replay} reads the pact from, set before each replay. */
    private static final String REPLAY_FOLDER = "appintel.contract.replayFolder";

    /** Each replayed interaction's failed results (none when it passed), by description. */
    private static final Map<String, List<VerificationResult.Failed>> REPLAYED = new ConcurrentHashMap<>();

    private static MockServer mock;

    @BeforeAll
    static void start() {
        mock = MockServer.start(MockServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void theBaselineClientsPactIsReplayedAgainstTheCurrentMock() throws IOException {
        Path findingsFile = Path.of(System.getProperty(FINDINGS, "target/contract-findings.json"));
        String baseline = System.getProperty(BASELINE_SPEC, "");
        if (baseline.isEmpty() || !Files.isRegularFile(Path.of(baseline))) {
            Files.deleteIfExists(findingsFile);
            assumeTrue(false, "no baseline spec at '" + baseline + "' (system property " + BASELINE_SPEC
                    + "): no client of an earlier spec to check");
        }
        ContractFindings findings = check(Path.of(baseline), Path.of("target", "pacts-baseline"));
        findings.write(findingsFile);
    }

    /**
     * The check can fail: a baseline made from the current spec by adding a required property to the
     * answer of its first operation that answers an object schema (which the current mock therefore
     * never sends) gives findings for that operation, each naming the property; made from the
     * current spec, not pinned to it, so that it holds whatever the spec becomes.
     */
    @Test
    void aResponsePropertyTheCurrentMockDoesNotSendIsAFinding() throws IOException {
        ObjectNode baseline = SpecDocument.document().deepCopy();
        SpecDocument.Operation chosen = SpecDocument.operations(baseline).stream()
                .filter(operation -> operation.successSchema().path("$ref").asText().startsWith("#/components/schemas/")
                        && operation.resolve(operation.successSchema()).path("properties").isObject())
                .findFirst().orElseThrow(() -> new AssertionError("no operation of the spec answers an object schema"));
        ObjectNode schema = (ObjectNode) chosen.resolve(chosen.successSchema());
        ((ObjectNode) schema.path("properties")).putObject(FIXTURE_PROPERTY).put("type", "string");
        (schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required")).add(FIXTURE_PROPERTY);
        Path spec = Files.createDirectories(Path.of("target", "baseline-fixture")).resolve("baseline.json");
        new ObjectMapper().writeValue(spec.toFile(), baseline);

        ContractFindings report = check(spec, Path.of("target", "pacts-baseline-fixture"));

        assertThat(report.interactions()).isEqualTo(SpecDocument.operations().size());
        assertThat(report.findings()).extracting(ContractFindings.Finding::operationId).contains(chosen.operationId());
        assertThat(report.findings()).isNotEmpty().allSatisfy(finding ->
                assertThat(finding.problem()).contains("missing the following keys: " + FIXTURE_PROPERTY));
    }

    /** Derives the baseline client's pact, writes it to {@code pactFolder} and replays it against the mock. */
    static ContractFindings check(Path baselineSpec, Path pactFolder) {
        List<SpecDocument.Operation> operations = SpecDocument.operations(SpecDocument.read(baselineSpec));
        RequestResponsePact pact = SpecInteractions.pact(
                ConsumerPactBuilder.consumer(PactRequests.CONSUMER).hasPactWith(PactRequests.PROVIDER), operations);
        Path pactFile = write(pact, pactFolder);

        REPLAYED.clear();
        System.setProperty(REPLAY_FOLDER, pactFolder.toString());
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Replay.class)).execute().testEvents();
        if (events.failed().count() > 0) {
            throw new AssertionError("could not replay " + pactFile + ":\n" + events.failed().stream()
                    .map(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                            .map(Throwable::toString).orElse(event.toString()))
                    .collect(Collectors.joining("\n")));
        }

        List<ContractFindings.Finding> findings = new ArrayList<>();
        for (SpecDocument.Operation operation : operations) {
            String description = SpecInteractions.description(operation);
            List<VerificationResult.Failed> results = REPLAYED.get(description);
            if (results == null) {
                throw new AssertionError("the interaction '" + description + "' of " + pactFile + " was not replayed");
            }
            String request = "GET " + ((RequestResponseInteraction) pact.interactionFor(description, PactRequests.AUTHORISED))
                    .getRequest().getPath();
            // the same problem in every item of a list is one finding, at its first item
            Map<String, ContractFindings.Finding> distinct = new LinkedHashMap<>();
            results.stream().flatMap(result -> result.getFailures().values().stream()).flatMap(List::stream)
                    .map(failure -> finding(operation.operationId(), description, request, failure))
                    .forEach(finding -> distinct.putIfAbsent(
                            finding.field().replaceAll("\\[\\d+]", "[*]") + " " + finding.problem(), finding));
            findings.addAll(distinct.values());
        }
        return new ContractFindings(pactFile.toAbsolutePath().toString(), pact.getInteractions().size(), findings);
    }

    private static ContractFindings.Finding finding(String operationId, String description, String request,
            VerificationFailureType failure) {
        if (!(failure instanceof VerificationFailureType.MismatchFailure mismatchFailure)) {
            // not an answer that differs but one that could not be had: the check itself failed
            throw new AssertionError("could not replay '" + description + "': " + failure.description(), failure.getException());
        }
        Mismatch mismatch = mismatchFailure.getMismatch();
        String field = mismatch instanceof BodyMismatch body ? body.getPath() : "";
        String problem = mismatch instanceof BodyMismatch body ? body.getMismatch() : mismatch.description();
        return new ContractFindings.Finding(operationId, description, request, field, oneLine(problem));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Writes a fresh V3 pact file into {@code folder}, leaving no other pact there. */
    private static Path write(RequestResponsePact pact, Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> old = Files.list(folder)) {
                for (Path file : old.filter(file -> file.toString().endsWith(".json")).toList()) {
                    Files.delete(file);
                }
            }
            Path file = folder.resolve(PactRequests.CONSUMER + "-" + PactRequests.PROVIDER + ".json");
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                Result<Integer, Throwable> written = DefaultPactWriter.INSTANCE.writePact(pact, out, PactSpecVersion.V3);
                if (written instanceof Result.Err<?> error) {
                    throw new IllegalStateException("cannot write the baseline pact " + file, (Throwable) error.getError());
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline pact into " + folder, e);
        }
    }

    /**
     * The provider verification of the pact in the folder {@link #check} names, against the mock;
     * records each interaction's result instead of failing on a mismatch. Run only through
     * {@link EngineTestKit} (build tools skip nested classes).
     */
    @Provider(PactRequests.PROVIDER)
    @PactFolder("${" + REPLAY_FOLDER + "}")
    static class Replay {

        @BeforeEach
        void target(PactVerificationContext context) {
            context.setTarget(new HttpTestTarget(mock.baseUrl().getHost(), mock.port()));
        }

        @TestTemplate
        @ExtendWith(PactVerificationInvocationContextProvider.class)
        void replay(PactVerificationContext context) {
            try {
                context.verifyInteraction();
            } catch (AssertionError mismatches) {
                // a finding, not an error of the check: read from the context's results below
            }
            REPLAYED.put(context.getInteraction().getDescription(), List.copyOf(context.getTestExecutionResult()));
        }

        @State(PactRequests.AUTHORISED)
        void authorised() {
            Admin.reset(mock.baseUrl());
        }
    }
}
