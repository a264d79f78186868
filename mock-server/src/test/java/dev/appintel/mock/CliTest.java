package dev.appintel.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.mock.cli.MockServerCli;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import dev.appintel.spec.testing.SpecDocument;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command line, run as a separate JVM with this module's class path: help, bad usage, the
 * banner, serving, and a graceful stop on SIGTERM.
 */
class CliTest {

    @Test
    void helpListsEveryOption() throws Exception {
        Run run = run(List.of("--help"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("--port", "--host", "--seed", "--token", "--latency", "--fault-rate",
                "--throttle-rate", "--drop-rate", "--slow-body", "--journal-size", "--today", "--admin-token",
                "--allow-remote-admin");
    }

    @Test
    void aBadOptionValueIsBadUsage() throws Exception {
        assertThat(run(List.of("--latency", "soon")).exitCode()).isEqualTo(2);
        assertThat(run(List.of("--fault-rate", "3")).exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownOptionIsNamedAndFollowedByTheUsage() throws Exception {
        Run run = run(List.of("--bogus"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).startsWith("Unknown option: '--bogus'").contains("Usage: appintel-mock-server");
    }

    @Test
    void versionNamesTheServer() throws Exception {
        Run run = run(List.of("--version"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).startsWith("appintel-mock-server ");
    }

    @Test
    void printsWhereItListensServesAndStopsGracefullyOnSigterm() throws Exception {
        Process process = start(List.of("--port", "0", "--token", "qa"));
        try {
            String banner = new String(process.getInputStream().readNBytes(200), StandardCharsets.UTF_8);
            assertThat(banner).startsWith("appintel mock server listening on http://127.0.0.1:");
            URI base = URI.create(banner.substring(banner.indexOf("http://"), banner.indexOf('\n')).trim());
            assertThat(Http.get(base, "/v1/ios/apps?app_ids=1&auth_token=qa").statusCode()).isEqualTo(200);
            assertThat(Http.get(base, "/v1/ios/apps?app_ids=1&auth_token=other").statusCode()).isEqualTo(403);
        } finally {
            process.toHandle().destroy(); // SIGTERM, leaving its output readable (Process.destroy closes it)
        }
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isIn(0, 143);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .as("the run's coverage, printed when it stops")
                .contains("### API coverage: 1 of " + SpecDocument.operations().size() + " operations answered 2xx")
                .contains("| `getApps` | 2 | 200 x1, 403 x1 |");
    }

    @Test
    void theBannerCountsTheTokensAndShowsNone() throws Exception {
        Process process = start(List.of("--port", "0", "--token", "qa-secret", "--token", "ci-secret",
                "--admin-token", "admin-secret"));
        try {
            StringBuilder banner = new StringBuilder();
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                banner.append(line).append('\n');
                if (line.contains("Ctrl-C")) {
                    break;
                }
            }
            assertThat(banner).contains("2 tokens are accepted", "X-Admin-Token")
                    .doesNotContain("qa-secret", "ci-secret", "admin-secret");
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(List<String> arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out.toString(StandardCharsets.UTF_8));
    }

    private static Process start(List<String> arguments) throws IOException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                MockServerCli.class.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
