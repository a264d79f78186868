package dev.appintel.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.core.matchers.BodyMismatch;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.model.DefaultPactWriter;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.support.Result;
import au.com.dius.pact.provider.VerificationFailureType;
import au.com.dius.pact.provider.VerificationResult;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import dev.appintel.spec.testing.SpecDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
import org.apache.hc.core5.http.HttpRequest;
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
    /** Where the fixture baseline is written. */
    private static final Path FIXTURE_BASELINE = Path.of("target", "baseline-fixture", "baseline.json");
    /** The folder {@link Replay} reads the pact from, set before each replay. */
    private static final String REPLAY_FOLDER = "appintel.contract.replayFolder";

    /** The system property naming a Pact Broker; when set, the deployed consumers' pacts are replayed. */
    static final String BROKER = "pactbroker.url";

    /** One replayed interaction: its request's path and its failed results (none when it passed). */
    record Replayed(String path, List<VerificationResult.Failed> failures) {
    }

    /** Each replayed interaction, by description. */
    private static final Map<String, Replayed> REPLAYED = new ConcurrentHashMap<>();

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
        String broker = System.getProperty(BROKER, "");
        if (!broker.isBlank()) {
            checkAgainstBroker(broker).write(findingsFile);
            return;
        }
        String baseline = System.getProperty(BASELINE_SPEC, "");
        if (baseline.isEmpty() || !Files.isRegularFile(Path.of(baseline))) {
            Files.deleteIfExists(findingsFile);
            assumeTrue(false, "no baseline spec at '" + baseline + "' (system property " + BASELINE_SPEC
                    + "): no client of an earlier spec to check");
        }
        ContractFindings findings = check(Path.of(baseline), Path.of("target", "pacts-baseline"));
        findings.write(findingsFile);
    }

    /** The check can fail: a property the baseline requires and the current mock does not send is found, and named. */
    @Test
    void aResponsePropertyTheCurrentMockDoesNotSendIsAFinding() throws IOException {
        String operationId = writeFixtureBaseline();

        ContractFindings report = check(FIXTURE_BASELINE, Path.of("target", "pacts-baseline-fixture"));

        assertThat(report.interactions()).isEqualTo(SpecDocument.operations().size());
        assertThat(report.findings()).extracting(ContractFindings.Finding::operationId).contains(operationId);
        assertThat(report.findings()).isNotEmpty().allSatisfy(finding ->
                assertThat(finding.problem()).contains("missing the following keys: " + FIXTURE_PROPERTY));
    }

    /**
     * With a Pact Broker, the pacts of the deployed or released consumer versions are replayed
     * instead: a broker (a small stand-in speaking the broker's HAL API on loopback) is asked for
     * them with that selector, and the one it serves, which expects a property the mock does not
     * send, gives findings named after the spec's operation.
     */
    @Test
    void aPactBrokerCanSupplyThePactsOfTheDeployedConsumersInstead() throws IOException {
        String operationId = writeFixtureBaseline();
        Path folder = Path.of("target", "pacts-broker-fixture");
        check(FIXTURE_BASELINE, folder);
        byte[] pact = Files.readAllBytes(folder.resolve(PactRequests.CONSUMER + "-" + PactRequests.PROVIDER + ".json"));
        List<String> asked = new ArrayList<>();
        HttpServer broker = StandInBroker.start(pact, asked);
        String url = "http://127.0.0.1:" + broker.getAddress().getPort();
        ContractFindings report;
        System.setProperty(BROKER, url);
        try {
            report = checkAgainstBroker(url);
        } finally {
            System.clearProperty(BROKER);
            broker.stop(0);
        }

        assertThat(String.join("\n", asked)).contains("\"deployedOrReleased\":true");
        assertThat(report.interactions()).isEqualTo(SpecDocument.operations().size());
        assertThat(report.findings()).extracting(ContractFindings.Finding::operationId).contains(operationId);
        assertThat(report.findings()).allSatisfy(finding ->
                assertThat(finding.problem()).contains("missing the following keys: " + FIXTURE_PROPERTY));
    }

    /**
     * Writes {@link #FIXTURE_BASELINE}: the current spec with a required property added to the answer
     * of its first operation that answers an object schema, which the current mock therefore never
     * sends; made from the current spec, not pinned to it, so that it holds whatever the spec becomes.
     *
     * @return that operation's id
     */
    private static String writeFixtureBaseline() throws IOException {
        ObjectNode baseline = SpecDocument.document().deepCopy();
        SpecDocument.Operation chosen = SpecDocument.operations(baseline).stream()
                .filter(operation -> operation.successSchema().path("$ref").asText().startsWith("#/components/schemas/")
                        && operation.resolve(operation.successSchema()).path("properties").isObject())
                .findFirst().orElseThrow(() -> new AssertionError("no operation of the spec answers an object schema"));
        ObjectNode schema = (ObjectNode) chosen.resolve(chosen.successSchema());
        ((ObjectNode) schema.path("properties")).putObject(FIXTURE_PROPERTY).put("type", "string");
        (schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required")).add(FIXTURE_PROPERTY);
        Files.createDirectories(FIXTURE_BASELINE.getParent());
        new ObjectMapper().writeValue(FIXTURE_BASELINE.toFile(), baseline);
        return chosen.operationId();
    }

    /** Derives the baseline client's pact, writes it to {@code pactFolder} and replays it against the mock. */
    static ContractFindings check(Path baselineSpec, Path pactFolder) {
        List<SpecDocument.Operation> operations = SpecDocument.operations(SpecDocument.read(baselineSpec));
        RequestResponsePact pact = SpecInteractions.pact(
                ConsumerPactBuilder.consumer(PactRequests.CONSUMER).hasPactWith(PactRequests.PROVIDER), operations);
        Path pactFile = write(pact, pactFolder);

        System.setProperty(REPLAY_FOLDER, pactFolder.toString());
        replay(Replay.class, pactFile.toString());

        List<ContractFindings.Finding> findings = new ArrayList<>();
        for (SpecDocument.Operation operation : operations) {
            String description = SpecInteractions.description(operation);
            Replayed replayed = REPLAYED.get(description);
            if (replayed == null) {
                throw new AssertionError("the interaction '" + description + "' of " + pactFile + " was not replayed");
            }
            findings.addAll(findings(operation.operationId(), description, replayed));
        }
        return new ContractFindings(pactFile.toAbsolutePath().toString(), pact.getInteractions().size(), findings);
    }

    /**
     * Replays, instead of a pact derived from the baseline spec, the pacts of the consumer versions a
     * Pact Broker knows as deployed or released (can-i-deploy style): what the clients in use
     * actually expect. Each interaction's operation is the current spec's whose path template
     * matches the request's path.
     */
    static ContractFindings checkAgainstBroker(String broker) {
        replay(BrokerReplay.class, broker);
        if (REPLAYED.isEmpty()) {
            throw new AssertionError("the Pact Broker at " + broker + " gave no pact of a deployed or released consumer"
                    + " of " + PactRequests.PROVIDER);
        }
        List<ContractFindings.Finding> findings = new ArrayList<>();
        REPLAYED.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                findings.addAll(findings(operationOf(entry.getValue().path()), entry.getKey(), entry.getValue())));
        return new ContractFindings(broker, REPLAYED.size(), findings);
    }

    /** The current spec's operation whose path template matches {@code path}, or a placeholder naming the path. */
    static String operationOf(String path) {
        return SpecDocument.operations().stream()
                .filter(operation -> path.matches(operation.path().replaceAll("\\{[^/}]+}", "[^/]+")))
                .map(SpecDocument.Operation::operationId).findFirst().orElse("(no operation of the spec: " + path + ")");
    }

    /** Runs a replay class through the JUnit engine; a replay that itself fails is an error of the check. */
    private static void replay(Class<?> replayClass, String source) {
        REPLAYED.clear();
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(replayClass)).execute().allEvents();
        if (events.failed().count() > 0) {
            throw new AssertionError("could not replay " + source + ":\n" + events.failed().stream()
                    .map(event -> event.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                            .map(Throwable::toString).orElse(event.toString()))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** One finding per distinct problem: the same problem in every item of a list is one, at its first item. */
    private static List<ContractFindings.Finding> findings(String operationId, String description, Replayed replayed) {
        String request = "GET " + replayed.path();
        Map<String, ContractFindings.Finding> distinct = new LinkedHashMap<>();
        replayed.failures().stream().flatMap(result -> result.getFailures().values().stream()).flatMap(List::stream)
                .map(failure -> finding(operationId, description, request, failure))
                .forEach(finding -> distinct.putIfAbsent(
                        finding.field().replaceAll("\\[\\d+]", "[*]") + " " + finding.problem(), finding));
        return List.copyOf(distinct.values());
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
     * The provider verification of a replay's pacts against the mock: records each interaction's
     * result instead of failing on a mismatch. Run only through {@link EngineTestKit} (build tools
     * skip nested classes); the subclasses say where the pacts come from.
     */
    abstract static class Replaying {

        @BeforeEach
        void target(PactVerificationContext context) {
            context.setTarget(new HttpTestTarget(mock.baseUrl().getHost(), mock.port()));
        }

        @TestTemplate
        @ExtendWith(PactVerificationInvocationContextProvider.class)
        void replay(PactVerificationContext context, HttpRequest request) throws URISyntaxException {
            request.setUri(PactListQueries.withRawListSeparators(request.getUri()));
            try {
                context.verifyInteraction();
            } catch (AssertionError mismatches) {
                // a finding, not an error of the check: read from the context's results below
            }
            String path = context.getInteraction().asSynchronousRequestResponse().getRequest().getPath();
            REPLAYED.put(context.getInteraction().getDescription(),
                    new Replayed(path, List.copyOf(context.getTestExecutionResult())));
        }

        @State(PactRequests.AUTHORISED)
        void authorised() {
            Admin.reset(mock.baseUrl());
        }
    }

    /** The pact {@link #check} derived from the baseline spec, in the folder it names. */
    @Provider(PactRequests.PROVIDER)
    @PactFolder("${" + REPLAY_FOLDER + "}")
    static class Replay extends Replaying {
    }

    /**
     * The pacts of the deployed or released consumer versions, from the Pact Broker at
     * {@code pactbroker.url}, with the token {@code pactbroker.auth.token} when one is given.
     */
    @Provider(PactRequests.PROVIDER)
    @PactBroker(url = "${" + BROKER + "}", authentication = @PactBrokerAuth(token = "${pactbroker.auth.token:}"))
    static class BrokerReplay extends Replaying {

        @PactBrokerConsumerVersionSelectors
        public static SelectorBuilder deployedOrReleased() {
            return new SelectorBuilder().deployedOrReleased();
        }
    }
}
