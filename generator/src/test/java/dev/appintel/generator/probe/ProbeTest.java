package dev.appintel.generator.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole probe, over HTTP, against a stand-in that answers with the spec's own examples. */
class ProbeTest {

    private static final String TOKEN = "s3cret-Token-42";

    @TempDir
    Path dir;

    private ProbeConfig config(URI baseUrl) {
        return ProbeConfig.of(baseUrl, TOKEN).withOutputDirectory(dir).withToday(LocalDate.of(2024, 6, 15))
                .withPacing(Pacing.DEFAULT.withPause(Duration.ZERO));
    }

    @Test
    void answersLikeTheSpecsExamplesHaveNoDrift() throws IOException {
        try (ExampleService service = ExampleService.faithful()) {
            ProbeReport report = new Probe().run(config(service.baseUrl()));

            assertThat(report.hasDrift()).as("%s", report.findings()).isFalse();
            assertThat(report.operationsChecked()).isEqualTo(report.operations())
                    .isEqualTo(ExampleService.SPEC.model().operations().size());
            assertThat(report.calls()).allMatch(ProbeCall::succeeded);
            assertThat(service.requests).allMatch(request -> request.endsWith("auth_token=" + TOKEN));
            assertThat(Files.readString(dir.resolve(ProbeReportFiles.MARKDOWN))).contains("**No drift.**");
        }
    }

    @Test
    void aRenamedPropertyIsDriftNamedByItsPointer() throws IOException {
        try (ExampleService service = new ExampleService((operation, example) -> ExampleService.Reply.json(
                operation.operationId().equals("getApps") ? example.replace("\"publisher_name\"", "\"publisher\"")
                        : example))) {
            ProbeReport report = new Probe().run(config(service.baseUrl()));

            assertThat(report.hasDrift()).isTrue();
            assertThat(report.findings()).extracting(Finding::operationId, Finding::kind, Finding::pointer,
                    Finding::message).containsExactly(
                    tuple("getApps", FindingKind.UNKNOWN_PROPERTY, "/apps/0/publisher", "property publisher (string"
                            + " \"Meta Platforms, Inc.\") is not in the spec; perhaps publisher_name renamed, which is absent"),
                    tuple("getApps", FindingKind.UNKNOWN_PROPERTY, "/apps/0/publisher", "property publisher (string"
                            + " \"Meta Platforms, Inc.\") is not in the spec; perhaps publisher_name renamed, which is absent"));
            assertThat(report.findings()).extracting(Finding::request).containsExactly(
                    "/v1/android/apps?app_ids=com.facebook.katana&auth_token=***",
                    "/v1/ios/apps?app_ids=284882215&auth_token=***");
            assertThat(report.findings()).allMatch(finding -> finding.request().contains("auth_token=***"));
            assertThat(Files.readString(dir.resolve(ProbeReportFiles.JSON))).contains("\"drift\" : 2")
                    .contains("perhaps publisher_name renamed");
        }
    }

    @Test
    void driftInAProvisionalShapeIsOnlyANote() throws IOException {
        try (ExampleService service = new ExampleService((operation, example) -> ExampleService.Reply.json(
                operation.operationId().equals("getTopInAppPurchases") ? example.replace("\"name\"", "\"title\"")
                        : example))) {
            ProbeReport report = new Probe().run(config(service.baseUrl()));

            assertThat(report.hasDrift()).isFalse();
            assertThat(report.findings()).isNotEmpty().allMatch(finding -> finding.severity() == Finding.Severity.NOTE
                    && finding.operationId().equals("getTopInAppPurchases"));
        }
    }

    @Test
    void undeclaredStatusesAndBodiesThatAreNotJsonAreDrift() throws IOException {
        try (ExampleService service = new ExampleService((operation, example) -> switch (operation.operationId()) {
            case "getApps" -> new ExampleService.Reply(500, "application/json", "{\"error\":\"boom\"}");
            case "getVersionHistory" -> new ExampleService.Reply(200, "text/html", "<html>maintenance</html>");
            default -> ExampleService.Reply.json(example);
        })) {
            ProbeReport report = new Probe().run(config(service.baseUrl()));

            assertThat(report.findings()).extracting(Finding::operationId, Finding::kind).containsOnly(
                    tuple("getApps", FindingKind.UNDECLARED_STATUS), tuple("getVersionHistory", FindingKind.NON_JSON_BODY));
            assertThat(report.findings()).extracting(Finding::message).contains(
                    "status 500 is not declared (declared: 200, 401, 403, 422, 429); body: {\"error\":\"boom\"}",
                    "Content-Type text/html where the spec declares application/json; body: <html>maintenance</html>");
        }
    }

    @Test
    void theTokenIsMaskedEvenWhenTheServiceEchoesIt() throws IOException {
        try (ExampleService service = new ExampleService((operation, example) -> operation.operationId().equals("getApps")
                ? new ExampleService.Reply(500, "text/plain", "bad request GET /v1/ios/apps?auth_token=" + TOKEN)
                : ExampleService.Reply.json(example.replace("\"name\"", "\"" + TOKEN + "\"")))) {
            ProbeReport report = new Probe().run(config(service.baseUrl()));

            assertThat(report.findings()).isNotEmpty();
            assertThat(report.toString()).doesNotContain(TOKEN).contains(Redactor.MASK);
            assertThat(Files.readString(dir.resolve(ProbeReportFiles.MARKDOWN))).doesNotContain(TOKEN);
            assertThat(Files.readString(dir.resolve(ProbeReportFiles.JSON))).doesNotContain(TOKEN);
            assertThat(config(service.baseUrl()).toString()).doesNotContain(TOKEN);
        }
    }

    @Test
    void cohortIdsComeFromTheAnswersOfTheCohortLists() throws IOException {
        try (ExampleService service = new ExampleService((operation, example) -> ExampleService.Reply.json(
                operation.path().endsWith("/cohorts") ? example.replace("cohort_85b0b0a055f66ee9d9461187", "cohort_live_sel")
                        .replace("cohort_1d2f0a6e3b7c48e9a5f40c21", "cohort_live_filter") : example))) {
            new Probe().run(config(service.baseUrl()));

            assertThat(service.requests).filteredOn(request -> request.contains("/cohort_engagement?"))
                    .singleElement().asString()
                    .contains("filter_cohort_id=cohort_live_filter", "selection_cohort_ids=cohort_live_sel");
            assertThat(service.requests.subList(0, 6)).allMatch(request -> request.contains("/cohorts?"));
        }
    }

    @Test
    void aServiceThatCannotBeReachedStopsTheProbeNamingItsUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port);

        assertThatThrownBy(() -> new Probe().run(config(closed))).isInstanceOf(ServiceUnreachableException.class)
                .hasMessage("cannot reach http://127.0.0.1:" + port + ": connection refused");
    }
}
