package dev.appintel.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.diff.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path baseline;
    private Path spec;
    private Path reports;

    @BeforeEach
    void writeSpecs() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("diff/base.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            baseline = Files.writeString(directory.resolve("old.yaml"), text);
            spec = Files.writeString(directory.resolve("new.yaml"),
                    text.replace("        maxPerCall: 100\n", "        maxPerCall: 40\n"));
        }
        reports = directory.resolve("reports");
    }

    private int run(String... args) {
        CommandLine cli = GeneratorCli.commandLine(config -> {
            throw new AssertionError("verify must not generate");
        }, path -> {
            throw new AssertionError("verify lints through the verification");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aBreakingChangeExitsWith4NamingItAndWritesTheReportAndTheBaselineCopy() throws IOException {
        int exit = run("verify", "--spec", spec.toString(), "--baseline", baseline.toString(), "--lint=false",
                "--report-dir", reports.toString());

        assertThat(exit).as(err.toString()).isEqualTo(DiffCommand.BREAKING);
        assertThat(err.toString()).startsWith("appintel: 1 breaking change against old.yaml (baseline):\n")
                .contains("Ids per call lowered: getApps › app_ids [max per call 100 → 40]")
                .contains("-Dappintel.allowBreakingChanges=true");
        assertThat(Files.readString(reports.resolve(ReportFiles.MARKDOWN))).contains("Ids per call lowered");
        assertThat(reports.resolve("baseline/new.yaml")).hasSameTextualContentAs(baseline);
    }

    @Test
    void acceptedBreakingChangesPassAsWarnings() {
        int exit = run("verify", "--spec", spec.toString(), "--baseline", baseline.toString(), "--lint=false",
                "--report-dir", reports.toString(), "--allow-breaking-changes=true");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("breaking changes accepted");
    }

    @Test
    void aResponseEnumValueAddedWarnsAndFailsOnlyWithStrictEnums() throws IOException {
        Files.writeString(spec, Files.readString(baseline).replace("enum: [game, app]", "enum: [game, app, tool]"));
        String[] args = {"verify", "--spec", spec.toString(), "--baseline", baseline.toString(), "--lint=false",
            "--report-dir", reports.toString()};

        assertThat(run(args)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 change breaks only strict clients")
                .contains("[breaking for strict clients] Enum value added to a response: AppKind");

        String[] strict = java.util.Arrays.copyOf(args, args.length + 1);
        strict[args.length] = "--strict-enums";
        assertThat(run(strict)).isEqualTo(DiffCommand.BREAKING);
        assertThat(err.toString()).contains("appintel: 1 breaking change against old.yaml (baseline):\n"
                + "  [breaking for strict clients] Enum value added to a response: AppKind");
    }

    @Test
    void withoutABaselineOnlyLintRunsAndAStaleBaselineCopyIsRemoved() throws IOException {
        Path stale = Files.createDirectories(reports.resolve("baseline")).resolve("new.yaml");
        Files.writeString(stale, "old");

        int exit = run("verify", "--spec", spec.toString(), "--baseline-git", "none", "--lint=false",
                "--report-dir", reports.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("no baseline (--baseline-git none)");
        assertThat(stale).doesNotExist();
        assertThat(reports.resolve(ReportFiles.MARKDOWN)).doesNotExist();
    }

    @Test
    void aBrokenSpecFailsWithItsLocatedProblemFirst() throws IOException {
        Files.writeString(spec, "openapi: 3.0.3\ninfo: [unclosed\n");

        int exit = run("verify", "--spec", spec.toString(), "--baseline", baseline.toString(),
                "--report-dir", reports.toString());

        assertThat(exit).isEqualTo(GenerateCommand.SPEC_PROBLEMS);
        assertThat(err.toString()).isEqualTo("appintel: 1 spec problem:\n  new.yaml:3:1 (/info): [load] YAML syntax "
                + "error: expected ',' or ']', but got <stream end> (while parsing a flow sequence that starts at "
                + "line 2, column 7)\n");
    }
}
