package dev.appintel.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appintel.generator.GenerationResult;
import dev.appintel.generator.Generator;
import dev.appintel.generator.GeneratorConfig;
import dev.appintel.generator.TestSpecs;
import dev.appintel.generator.lint.LocatedProblem;
import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecProblem;
import dev.appintel.generator.model.SourceLocation;
import dev.appintel.spec.lint.SpecLint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GeneratorCliTest {

    private static final String[] GENERATE = {"generate", "--spec", "api.yaml", "--target", "feign-client",
        "--out", "out", "--package", "dev.example.client"};

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<GeneratorConfig> configs = new ArrayList<>();
    private final List<Path> linted = new ArrayList<>();
    private Function<Path, List<LocatedProblem>> linter = spec -> List.of();

    @TempDir
    Path dir;

    private int run(Function<GeneratorConfig, GenerationResult> generator, String... args) {
        CommandLine cli = GeneratorCli.commandLine(config -> {
            configs.add(config);
            return generator.apply(config);
        }, spec -> {
            linted.add(spec);
            return linter.apply(spec);
        });
        return execute(cli, args);
    }

    private int execute(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private int run(String... args) {
        return run(config -> new GenerationResult(30, 92, 12, 118, 0, 420), args);
    }

    private static String[] generateWith(String... more) {
        List<String> args = new ArrayList<>(List.of(GENERATE));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void printsOneSummaryLineOnSuccess() {
        assertThat(run(GENERATE)).isZero();

        assertThat(out.toString()).isEqualTo(
                "appintel: 30 operations, 92 models -> 130 files (12 written, 118 unchanged, 0 removed) in 420 ms"
                        + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void passesTheOptionsToTheGenerator() {
        run(generateWith("--templates", "my-templates"));

        assertThat(configs).containsExactly(new GeneratorConfig(Path.of("api.yaml"), "feign-client", Path.of("out"),
                "dev.example.client", Optional.of(Path.of("my-templates"))));
    }

    @Test
    void aMissingOptionIsBadUsage() {
        assertThat(run("generate", "--spec", "api.yaml", "--target", "feign-client", "--out", "out")).isEqualTo(2);

        assertThat(err.toString()).contains("Missing required option: '--package=<pkg>'");
        assertThat(configs).isEmpty();
    }

    @Test
    void anUnknownTargetIsBadUsage() {
        assertThat(run("generate", "--spec", "a.yaml", "--target", "cobol", "--out", "o", "--package", "p")).isEqualTo(2);

        assertThat(err.toString()).contains("unknown target 'cobol'; known targets: feign-client");
    }

    @Test
    void noSubcommandIsBadUsage() {
        assertThat(run()).isEqualTo(2);

        assertThat(err.toString()).contains("Missing required subcommand");
    }

    @Test
    void helpMentionsEveryOption() {
        assertThat(run("generate", "--help")).isZero();

        assertThat(out.toString()).contains("--spec=<file>", "--target=<name>", "--out=<dir>", "--package=<pkg>",
                "--templates=<dir>", "--stacktrace", "feign-client");
    }

    @Test
    void topLevelHelpListsTheCommand() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("generate", "lint", "--version");
    }

    @Test
    void versionIsTheBuildsVersion() {
        assertThat(run("--version")).isZero();

        assertThat(out.toString().strip()).isEqualTo("appintel " + Generator.version());
    }

    @Test
    void specProblemsArePrintedOnePerLineWithExitCode1() {
        SpecException problems = new SpecException("api.yaml", List.of(
                new SpecProblem(new SourceLocation("/paths/~1v1~1apps/get", 12, 7), "no responses"),
                new SpecProblem(SourceLocation.of("/components/schemas/App"), "unknown type 'strin'")));

        assertThat(run(config -> {
            throw problems;
        }, GENERATE)).isEqualTo(1);

        assertThat(err.toString().lines()).containsExactly(
                "api.yaml:12:7 (/paths/~1v1~1apps/get): no responses",
                "/components/schemas/App: unknown type 'strin'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsOneLineWithExitCode3() {
        assertThat(run(config -> {
            throw new IllegalStateException("disk on fire");
        }, GENERATE)).isEqualTo(3);

        assertThat(err.toString().lines()).containsExactly("appintel: disk on fire");
    }

    @Test
    void stacktraceShowsWhereAnUnexpectedFailureCameFrom() {
        assertThat(run(config -> {
            throw new IllegalStateException("disk on fire");
        }, generateWith("--stacktrace"))).isEqualTo(3);

        assertThat(err.toString()).startsWith("appintel: disk on fire").contains("at dev.appintel.generator.cli.");
    }

    @Test
    void lintPrintsOneSummaryLineWhenTheSpecPasses() {
        assertThat(run("lint", "--spec", "specs/api.yaml")).isZero();

        assertThat(linted).containsExactly(Path.of("specs/api.yaml"));
        assertThat(out.toString()).isEqualTo(
                "appintel: api.yaml passes all " + SpecLint.RULES.size() + " lint rules" + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void lintPrintsEachProblemOnItsOwnLineWithExitCode1() {
        linter = spec -> List.of(
                new LocatedProblem("api.yaml", "tags", new SourceLocation("/paths/~1v1~1apps/get", 12, 7), "no tag"),
                new LocatedProblem("api.yaml", "load", SourceLocation.of(""), "cannot read it"));

        assertThat(run("lint", "--spec", "api.yaml")).isEqualTo(1);

        assertThat(out.toString().lines()).containsExactly(
                "api.yaml:12:7 (/paths/~1v1~1apps/get): [tags] no tag",
                "api.yaml: [load] cannot read it");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void lintWithoutASpecIsBadUsage() {
        assertThat(run("lint")).isEqualTo(2);

        assertThat(err.toString()).contains("Missing required option: '--spec=<file>'");
        assertThat(linted).isEmpty();
    }

    @Test
    void anUnexpectedFailureOfLintIsOneLineWithExitCode3() {
        linter = spec -> {
            throw new IllegalStateException("validator on fire");
        };

        assertThat(run("lint", "--spec", "api.yaml")).isEqualTo(3);

        assertThat(err.toString().lines()).containsExactly("appintel: validator on fire");
    }

    @Test
    void lintRunsTheRealLinter() throws IOException {
        Path spec = Files.writeString(dir.resolve("api.yaml"), """
                openapi: 3.0.3
                info: {title: Tiny, version: "1"}
                paths: {}
                """);

        assertThat(execute(GeneratorCli.commandLine(), "lint", "--spec", spec.toString())).isEqualTo(1);

        assertThat(out.toString().lines()).containsExactly("api.yaml:3:1 (/paths): [load] the spec declares no paths");
    }

    @Test
    void lintPassesTheRealSpec() throws IOException {
        Path spec = Files.writeString(dir.resolve(TestSpecs.FILE_NAME), TestSpecs.text());

        assertThat(execute(GeneratorCli.commandLine(), "lint", "--spec", spec.toString())).isZero();

        assertThat(out.toString().lines()).containsExactly(
                "appintel: " + TestSpecs.FILE_NAME + " passes all " + SpecLint.RULES.size() + " lint rules");
    }
}
