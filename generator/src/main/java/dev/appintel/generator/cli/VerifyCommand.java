package dev.appintel.generator.cli;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.verify.Baseline;
import dev.appintel.generator.verify.GitBaseline;
import dev.appintel.generator.verify.SpecVerification;
import dev.appintel.generator.verify.VerificationLog;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code appintel verify}: lint, then the comparison with a baseline (a file, or the spec as git
 * has it at the merge-base with the default branch), then the verdict. The build runs it before
 * any test, so that a breaking change fails within seconds, with its report.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lints the spec, compares it with a baseline and fails on lint problems or breaking changes.",
            "Exit codes: 0 passed, 1 lint problems or an unreadable spec, 3 other failure, 4 breaking changes."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Option(names = "--spec", required = true, paramLabel = "<file>", description = "The current spec.")
    private Path spec;

    @Option(names = "--baseline", paramLabel = "<file>", defaultValue = "",
            description = "The spec to compare with; when given, git is not asked.")
    private String baselineFile;

    @Option(names = "--baseline-git", paramLabel = "<revision>", defaultValue = GitBaseline.MERGE_BASE,
            description = "Without --baseline, the spec at this git revision: " + GitBaseline.MERGE_BASE
                    + " (default: where this branch left the default branch), " + GitBaseline.LAST_TAG
                    + " (the newest v* tag), any revision, or none.")
    private String baselineRevision;

    @Option(names = "--report-dir", paramLabel = "<dir>", defaultValue = "target/appintel",
            description = "Where the report files and the baseline's copy go (default: ${DEFAULT-VALUE}).")
    private Path reportDirectory;

    @Option(names = "--allow-breaking-changes", paramLabel = "<true|false>", arity = "0..1", fallbackValue = "true",
            defaultValue = "false", description = "Report breaking changes as warnings instead of failing.")
    private boolean allowBreakingChanges;

    @Option(names = "--strict-enums", paramLabel = "<true|false>", arity = "0..1", fallbackValue = "true",
            defaultValue = "false", description = "Fail, not warn, when an enum of an answer gains a value.")
    private boolean strictEnums;

    @Option(names = "--lint", paramLabel = "<true|false>", arity = "0..1", fallbackValue = "true",
            defaultValue = "true", description = "Lint the spec first (default: ${DEFAULT-VALUE}).")
    private boolean lint;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        VerificationLog log = new VerificationLog() {
            @Override
            public void info(String line) {
                out.println(line);
            }

            @Override
            public void warn(String line) {
                out.println(line);
            }

            /** Nothing: the failure message that ends the run lists every lint problem. */
            @Override
            public void error(String line) {
            }
        };
        try {
            SpecVerification.Verdict verdict = new SpecVerification(log).verify(new SpecVerification.Options(
                    spec, baseline(out), reportDirectory, lint, allowBreakingChanges, strictEnums));
            out.flush();
            if (verdict.passed()) {
                return 0;
            }
            err.println(verdict.failure().orElseThrow());
            return verdict.problems().isEmpty() ? DiffCommand.BREAKING : GenerateCommand.SPEC_PROBLEMS;
        } catch (SpecException e) {
            e.problems().forEach(problem -> err.println(problem.describe(e.file())));
            return GenerateCommand.SPEC_PROBLEMS;
        } catch (UncheckedIOException e) {
            err.println("appintel: " + e.getMessage());
            return GenerateCommand.FAILED;
        }
    }

    private Optional<Baseline> baseline(PrintWriter out) {
        if (!baselineFile.isBlank()) {
            Path file = Path.of(baselineFile);
            return Optional.of(new Baseline(file.getFileName() + " (baseline)", DiffCommand.read(file)));
        }
        if (baselineRevision.isBlank() || baselineRevision.equals("none")) {
            out.println("appintel: no baseline (--baseline-git none), so the spec was not compared with one");
            return Optional.empty();
        }
        GitBaseline.Resolution resolution = new GitBaseline(spec).resolve(baselineRevision);
        out.println("appintel: " + (resolution.baseline().isPresent() ? resolution.explanation()
                : "no baseline, so the spec was not compared with one: " + resolution.explanation()));
        return resolution.baseline();
    }
}
