package dev.appintel.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path baseline;
    private Path spec;

    @BeforeEach
    void writeSpecs() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("diff/base.yaml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            baseline = Files.writeString(directory.resolve("old.yaml"), text);
            spec = Files.writeString(directory.resolve("new.yaml"), text
                    .replace("        maxPerCall: 100\n", "        maxPerCall: 40\n")
                    .replace("            maxItems: 100\n", "            maxItems: 100\n            minItems: 1\n"));
        }
        assertThat(Files.readString(spec)).contains("maxPerCall: 40").contains("minItems: 1");
    }

    private int run(String... args) {
        CommandLine cli = GeneratorCli.commandLine(config -> {
            throw new AssertionError("diff must not generate");
        }, spec -> {
            throw new AssertionError("diff must not lint");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheSummaryAndOneLinePerChange() {
        int exit = run("diff", "--baseline", baseline.toString(), "--spec", spec.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith(
                "2 changes against old.yaml (baseline) (1.0.0): 2 breaking for clients, 0 breaking for mock users, 0 safe\n");
        assertThat(out.toString()).contains("  [breaking for clients] Ids per call lowered: getApps › app_ids "
                + "[max per call 100 → 40] (new.yaml:21:7)\n");
        assertThat(out.toString()).contains("  [breaking for clients] Parameter limit tightened: getApps › app_ids "
                + "[minItems none → 1] (new.yaml:");
        assertThat(out.toString()).endsWith("\nJava API of the generated client: no changes\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void failOnBreakingExitsWith4() {
        assertThat(run("diff", "--baseline", baseline.toString(), "--spec", spec.toString(), "--fail-on-breaking"))
                .isEqualTo(DiffCommand.BREAKING);
        assertThat(run("diff", "--baseline", baseline.toString(), "--spec", baseline.toString(), "--fail-on-breaking"))
                .isZero();
    }

    @Test
    void printsJsonOrAChangelogAndWritesTheReportFiles() throws Exception {
        Path reports = directory.resolve("reports");

        int exit = run("diff", "--baseline", baseline.toString(), "--spec", spec.toString(), "--format", "json",
                "--report-dir", reports.toString());

        assertThat(exit).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).at("/summary/breaksClients").asInt()).isEqualTo(2);
        assertThat(reports.resolve("spec-changes.md")).content().contains("## Breaking for clients (2)");
        assertThat(reports.resolve("spec-changes.json")).content().isEqualTo(out.toString());
        assertThat(reports.resolve("CHANGELOG-section.md")).content().contains("### Breaking changes");

        out.getBuffer().setLength(0);
        run("diff", "--baseline", baseline.toString(), "--spec", spec.toString(), "--format", "changelog");
        assertThat(out.toString()).startsWith("## Diff Test API 1.0.0\n\n### Breaking changes\n");
    }

    @Test
    void aBrokenSpecPrintsItsLocatedProblemsWithExitCode1() throws IOException {
        Files.writeString(spec, Files.readString(spec).replace("maxPerCall: 40", "maxPerCall: 0"));

        assertThat(run("diff", "--baseline", baseline.toString(), "--spec", spec.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("new.yaml:23:9 (/paths/~1v1~1{os}~1apps/get/x-appintel-batching/maxPerCall): "
                + "getApps: x-appintel-batching.maxPerCall is 0; it must be at least 1");
    }

    @Test
    void aMissingBaselineIsNamed() {
        assertThat(run("diff", "--baseline", directory.resolve("nope.yaml").toString(), "--spec", spec.toString()))
                .isEqualTo(3);
        assertThat(err.toString()).contains("no such spec file: ").contains("nope.yaml");
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        assertThat(run("diff", "--baseline", baseline.toString(), "--spec", spec.toString(), "--format", "html"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--format").contains("console, markdown, json, changelog");
    }
}
