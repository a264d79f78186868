package dev.appintel.maven;

import dev.appintel.generator.diff.Change;
import dev.appintel.generator.diff.ChangeReport;
import dev.appintel.generator.diff.ConsoleReport;
import dev.appintel.generator.diff.ReportFiles;
import dev.appintel.generator.lint.LocatedProblem;
import dev.appintel.generator.lint.Linter;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a spec before it is merged: lints it with the spec module's rules, then compares it with
 * a baseline (when one is configured). Lint problems fail the build, and so do changes that break
 * clients or mock users, unless {@code -Dappintel.allowBreakingChanges=true}. The report is logged and written under
 * {@code target/appintel/}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends SpecComparisonMojo {

    /** Accepts breaking changes: they are still reported, as warnings. */
    @Parameter(property = "appintel.allowBreakingChanges", defaultValue = "false")
    private boolean allowBreakingChanges;

    /** Lints the spec with the spec module's rules; problems fail the build. */
    @Parameter(property = "appintel.lint", defaultValue = "true")
    private boolean lint;

    /** Skips the goal. */
    @Parameter(property = "appintel.verify.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("appintel: verify skipped");
            return;
        }
        List<LocatedProblem> problems = lint ? lint() : List.of();
        if (problems.stream().anyMatch(problem -> problem.rule().equals(LocatedProblem.LOAD))) {
            throw new MojoFailureException(lintFailure(problems));
        }
        ChangeReport report = null;
        if (hasBaseline()) {
            report = compare();
        } else {
            getLog().info("appintel: no baseline configured (baseline or baselineArtifact), so the spec was "
                    + "not compared with one");
        }
        boolean breaking = report != null && report.hasBreakingChanges();
        if (breaking && allowBreakingChanges) {
            getLog().warn("appintel: breaking changes accepted (appintel.allowBreakingChanges=true)");
        }
        if (!problems.isEmpty() || breaking && !allowBreakingChanges) {
            String lintPart = problems.isEmpty() ? "" : lintFailure(problems) + "\n";
            String breakingPart = breaking && !allowBreakingChanges ? failure(report) : "";
            throw new MojoFailureException((lintPart + breakingPart).strip());
        }
    }

    private List<LocatedProblem> lint() {
        List<LocatedProblem> problems = new Linter().lint(spec.toPath());
        if (problems.isEmpty()) {
            getLog().info("appintel: " + spec.getName() + " passes every lint rule");
        }
        problems.forEach(problem -> getLog().error("  " + problem.describe()));
        return problems;
    }

    private static String lintFailure(List<LocatedProblem> problems) {
        StringBuilder message = new StringBuilder("appintel: ").append(problems.size())
                .append(problems.size() == 1 ? " spec problem:\n" : " spec problems:\n");
        problems.forEach(problem -> message.append("  ").append(problem.describe()).append('\n'));
        return message.toString().strip();
    }

    private String failure(ChangeReport report) {
        List<Change> breaking = report.breakingChanges();
        StringBuilder message = new StringBuilder("appintel: ").append(breaking.size())
                .append(breaking.size() == 1 ? " breaking change" : " breaking changes")
                .append(" against ").append(report.baseline().file()).append(":\n");
        List<String> lines = ConsoleReport.lines(report);
        for (int i = 0; i < report.changes().size(); i++) {
            if (report.changes().get(i).impact().breaking()) {
                message.append("  ").append(lines.get(i)).append('\n');
            }
        }
        return message.append("Report: ").append(reportDirectory.toPath().resolve(ReportFiles.MARKDOWN))
                .append(". To accept these changes, build with -Dappintel.allowBreakingChanges=true.").toString();
    }
}
