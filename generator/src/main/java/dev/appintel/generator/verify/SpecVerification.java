package dev.appintel.generator.verify;

import dev.appintel.generator.diff.Change;
import dev.appintel.generator.diff.ChangeReport;
import dev.appintel.generator.diff.ConsoleReport;
import dev.appintel.generator.diff.ContractFinding;
import dev.appintel.generator.diff.Impact;
import dev.appintel.generator.diff.ReportFiles;
import dev.appintel.generator.diff.SpecDiff;
import dev.appintel.generator.lint.Linter;
import dev.appintel.generator.lint.LocatedProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The check a spec passes before it is merged, shared by {@code appintel verify} and the Maven goal
 * {@code appintel:verify}: lint with the spec module's rules, then compare with the baseline (when
 * there is one), write the report files, and decide. Lint problems fail, and so do changes that
 * break clients or mock users unless they are accepted; changes that break only strict clients (a
 * response enum value added) are warnings, failures when the options are strict about enums.
 *
 * <p>The baseline's bytes are also copied to {@value #BASELINE_DIRECTORY}/ in the report directory,
 * so that later steps of a build (the contract tests) judge against the same baseline.
 */
public final class SpecVerification {

    /** The folder of the report directory that holds a copy of the baseline spec. */
    public static final String BASELINE_DIRECTORY = "baseline";

    /** What to check and how strictly. */
    public record Options(Path spec, Optional<Baseline> baseline, Path reportDirectory, boolean lint,
            boolean allowBreakingChanges, boolean strictEnums, Optional<Path> contractFindings) {

        public Options {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(reportDirectory, "reportDirectory");
            Objects.requireNonNull(contractFindings, "contractFindings");
        }

        /** The options of a check with no contract findings to read (before the contract tests). */
        public Options(Path spec, Optional<Baseline> baseline, Path reportDirectory, boolean lint,
                boolean allowBreakingChanges, boolean strictEnums) {
            this(spec, baseline, reportDirectory, lint, allowBreakingChanges, strictEnums, Optional.empty());
        }
    }

    /**
     * The outcome: the lint problems, the comparison (absent without a baseline) and, when the
     * spec must not be merged as it is, the message that says why.
     */
    public record Verdict(List<LocatedProblem> problems, Optional<ChangeReport> report, Optional<String> failure) {

        public Verdict {
            problems = List.copyOf(problems);
        }

        /** Whether the spec passed. */
        public boolean passed() {
            return failure.isEmpty();
        }
    }

    private final VerificationLog log;

    /** A verification that reports to {@code log}. */
    public SpecVerification(VerificationLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Runs the check.
     *
     * @throws dev.appintel.generator.load.SpecException when a spec cannot be read or modelled
     * @throws UncheckedIOException when the spec or the report files cannot be read or written
     */
    public Verdict verify(Options options) {
        List<LocatedProblem> problems = options.lint() ? lint(options.spec()) : List.of();
        if (problems.stream().anyMatch(problem -> problem.rule().equals(LocatedProblem.LOAD))) {
            return new Verdict(problems, Optional.empty(), Optional.of(lintFailure(problems)));
        }
        keepBaselineCopy(options);
        Optional<ChangeReport> report = options.baseline()
                .map(baseline -> compare(options.spec(), baseline, options.reportDirectory()))
                .map(found -> withContractFindings(found, options));
        List<Change> failing = report.map(found -> failing(found, options.strictEnums())).orElse(List.of());
        boolean breaking = !failing.isEmpty() || report.map(found -> !found.contractFindings().isEmpty()).orElse(false);
        report.ifPresent(found -> warnAboutStrictClients(found, options.strictEnums()));
        if (breaking && options.allowBreakingChanges()) {
            log.warn("appintel: breaking changes accepted (appintel.allowBreakingChanges=true)");
        }
        if (problems.isEmpty() && (!breaking || options.allowBreakingChanges())) {
            return new Verdict(problems, report, Optional.empty());
        }
        String lintPart = problems.isEmpty() ? "" : lintFailure(problems) + "\n";
        String breakingPart = breaking && !options.allowBreakingChanges()
                ? breakingFailure(report.orElseThrow(), failing, options.reportDirectory()) : "";
        return new Verdict(problems, report, Optional.of((lintPart + breakingPart).strip()));
    }

    private List<LocatedProblem> lint(Path spec) {
        List<LocatedProblem> problems = new Linter().lint(spec);
        if (problems.isEmpty()) {
            log.info("appintel: " + spec.getFileName() + " passes every lint rule");
        }
        problems.forEach(problem -> log.error("  " + problem.describe()));
        return problems;
    }

    /**
     * Compares {@code spec} with {@code baseline}, writes the report files to {@code reportDirectory}
     * and logs the report, breaking changes as warnings; decides nothing.
     *
     * @throws dev.appintel.generator.load.SpecException when a spec cannot be read or modelled
     * @throws UncheckedIOException when the spec or the report files cannot be read or written
     */
    public ChangeReport compare(Path spec, Baseline baseline, Path reportDirectory) {
        ChangeReport report = new SpecDiff().compare(baseline.name(), baseline.content(),
                spec.getFileName().toString(), read(spec));
        ReportFiles.write(report, reportDirectory);
        log.info("appintel: " + ConsoleReport.summary(report));
        List<String> lines = ConsoleReport.lines(report);
        for (int i = 0; i < lines.size(); i++) {
            if (report.changes().get(i).impact() != Impact.SAFE) {
                log.warn("  " + lines.get(i));
            } else {
                log.info("  " + lines.get(i));
            }
        }
        List<String> clientApi = ConsoleReport.clientApi(report);
        log.info("appintel: " + clientApi.get(0));
        clientApi.subList(1, clientApi.size()).forEach(line -> log.info("  " + line));
        log.info("appintel: report written to " + reportDirectory.resolve(ReportFiles.MARKDOWN)
                + " (also " + ReportFiles.JSON + " and " + ReportFiles.CHANGELOG + ")");
        return report;
    }

    /** Writes the baseline's copy, or removes a stale one when there is no baseline. */
    private static void keepBaselineCopy(Options options) {
        Path copy = options.reportDirectory().resolve(BASELINE_DIRECTORY).resolve(options.spec().getFileName());
        try {
            if (options.baseline().isPresent()) {
                Files.createDirectories(copy.getParent());
                Files.write(copy, options.baseline().get().content());
            } else {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + copy + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path spec) {
        try {
            return Files.readAllBytes(spec);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spec " + spec + ": " + e.getMessage(), e);
        }
    }

    private static String lintFailure(List<LocatedProblem> problems) {
        StringBuilder message = new StringBuilder("appintel: ").append(problems.size())
                .append(problems.size() == 1 ? " spec problem:\n" : " spec problems:\n");
        problems.forEach(problem -> message.append("  ").append(problem.describe()).append('\n'));
        return message.toString().strip();
    }

    /**
     * The report with the contract tests' findings, when their file exists, written again; a
     * missing file means the contract tests did not run (or had no baseline), and is said.
     */
    private ChangeReport withContractFindings(ChangeReport report, Options options) {
        if (options.contractFindings().isEmpty()) {
            return report;
        }
        Path file = options.contractFindings().get();
        if (!Files.isRegularFile(file)) {
            log.info("appintel: no contract findings at " + file + " (the baseline pact was not replayed)");
            return report;
        }
        ChangeReport withFindings = report.withContractFindings(ContractFinding.read(file));
        if (withFindings.contractFindings().isEmpty()) {
            log.info("appintel: the new mock serves every interaction of the baseline's pact");
            return withFindings;
        }
        log.warn("appintel: " + withFindings.contractFindings().size() + " interaction(s) of the baseline's pact "
                + "broken by the new mock:");
        withFindings.contractFindings().forEach(finding -> log.warn("  " + finding.describe()));
        ReportFiles.write(withFindings, options.reportDirectory());
        return withFindings;
    }

    /** The changes that fail the verification: the breaking ones, and with strict enums those of strict clients. */
    private static List<Change> failing(ChangeReport report, boolean strictEnums) {
        return report.changes().stream().filter(change -> change.impact().breaking()
                || strictEnums && change.impact() == Impact.BREAKS_STRICT_CLIENTS).toList();
    }

    private void warnAboutStrictClients(ChangeReport report, boolean strictEnums) {
        int count = report.strictClientChanges().size();
        if (count > 0 && !strictEnums) {
            log.warn("appintel: " + count + (count == 1 ? " change breaks" : " changes break") + " only strict clients "
                    + "(a response enum value added); a warning, a failure with -Dappintel.strictEnums=true");
        }
    }

    private static String breakingFailure(ChangeReport report, List<Change> failing, Path reportDirectory) {
        int count = failing.size() + report.contractFindings().size();
        StringBuilder message = new StringBuilder("appintel: ").append(count)
                .append(count == 1 ? " breaking change" : " breaking changes")
                .append(" against ").append(report.baseline().file()).append(":\n");
        List<String> lines = ConsoleReport.lines(report);
        for (int i = 0; i < report.changes().size(); i++) {
            if (failing.contains(report.changes().get(i))) {
                message.append("  ").append(lines.get(i)).append('\n');
            }
        }
        if (!report.contractFindings().isEmpty()) {
            message.append(report.contractFindings().size()).append(" interaction(s) of the baseline's pact broken by the "
                    + "new mock:\n");
            report.contractFindings().forEach(finding -> message.append("  ").append(finding.describe()).append('\n'));
        }
        return message.append("Report: ").append(reportDirectory.resolve(ReportFiles.MARKDOWN))
                .append(". To accept these changes, build with -Dappintel.allowBreakingChanges=true.").toString();
    }
}
