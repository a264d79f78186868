package dev.appintel.maven;

import dev.appintel.generator.diff.Change;
import dev.appintel.generator.diff.ChangeReport;
import dev.appintel.generator.diff.ConsoleReport;
import dev.appintel.generator.diff.ReportFiles;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a spec before it is merged: lints it, then compares it with a baseline (when one is
 * configured) and fails the build on changes that break clients or mock users, unless
 * {@code -Dappintel.allowBreakingChanges=true}. The report is logged and written under
 * {@code target/appintel/}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends SpecComparisonMojo {

    /** Accepts breaking changes: they are still reported, as warnings. */
    @Parameter(property = "appintel.allowBreakingChanges", defaultValue = "false")
    private boolean allowBreakingChanges;

    /** Skips the goal. */
    @Parameter(property = "appintel.verify.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("appintel: verify skipped");
            return;
        }
        if (!hasBaseline()) {
            getLog().info("appintel: no baseline configured (baseline or baselineArtifact), so the spec was "
                    + "not compared with one");
            return;
        }
        ChangeReport report = compare();
        if (!report.hasBreakingChanges()) {
            return;
        }
        if (allowBreakingChanges) {
            getLog().warn("appintel: breaking changes accepted (appintel.allowBreakingChanges=true)");
            return;
        }
        throw new MojoFailureException(failure(report));
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
