package dev.appintel.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.MockServer;
import dev.appintel.mock.MockServerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance, as a user runs it: {@code java -jar appintel-generator.jar probe} exits 0
 * against the mock server, and non-zero naming {@code publisher_name} against a service that
 * renamed it; the token appears in no output.
 */
class ProbeCliIT {

    private static final Path JAR = Path.of(System.getProperty("appintel.generatorJar",
            "../generator/target/appintel-generator.jar"));
    private static final Path OUT = Path.of(System.getProperty("appintel.probeOut", "target/probe"));
    private static final String TOKEN = "probe-Secret-8731";

    private static MockServer mock;

    @BeforeAll
    static void start() {
        assertThat(JAR).as("the generator's command-line jar; build the generator module to package first")
                .exists();
        mock = MockServer.start(MockServerConfig.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    /** The outcome of one run of the jar. */
    private record Run(int exit, String out, String err, String reports) {
        String all() {
            return out + err + reports;
        }
    }

    private static Run probe(String baseUrl, String token, String name) throws IOException, InterruptedException {
        Path dir = OUT.resolve(name);
        Path stdout = Files.createDirectories(dir).resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "probe", "--base-url", baseUrl, "--token", token, "--out", dir.toString(),
                "--pause", "0"));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the probe ends within two minutes").isTrue();
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8),
                Files.readString(dir.resolve("probe-report.md")) + Files.readString(dir.resolve("probe-report.json")));
    }

    @Test
    void theMockServerHasNoDrift() throws Exception {
        Run run = probe(mock.baseUrl().toString(), "t", "mock");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        int operations = mock.coverage().total();
        assertThat(run.out()).startsWith("appintel probe: " + mock.baseUrl() + ": no drift; " + operations + " of "
                + operations + " operations answered with a success status");
        assertThat(mock.coverage().covered()).as("operations the mock answered with a 2xx").isEqualTo(operations);
    }

    @Test
    void aServiceThatRenamedPublisherNameDrifts() throws Exception {
        try (RenamingProxy proxy = new RenamingProxy(mock.baseUrl(), "publisher_name", "publisher")) {
            Run run = probe(proxy.baseUrl().toString(), TOKEN, "renamed");

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(4);
            assertThat(run.out()).contains("drift finding", "getApps /apps/0/publisher: Property the spec does not know",
                    "perhaps publisher_name renamed");
            assertThat(run.all()).doesNotContain(TOKEN);
            assertThat(proxy.renamed()).isPositive();
        }
    }
}
