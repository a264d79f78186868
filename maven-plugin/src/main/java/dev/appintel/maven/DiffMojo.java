package dev.appintel.maven;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.verify.Baseline;
import dev.appintel.generator.verify.SpecVerification;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports the changes from a baseline spec to the current one, each classed as breaking for
 * clients, breaking for mock users, or safe, without failing the build on them:
 * {@code mvn appintel:diff -Dappintel.baseline=old.yaml}, or against git's merge-base by default.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = false)
public class DiffMojo extends SpecComparisonMojo {

    /** Skips the goal. */
    @Parameter(property = "appintel.diff.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("appintel: diff skipped");
            return;
        }
        requireSpec();
        Baseline old = resolveBaseline().orElseThrow(() -> new MojoFailureException("appintel: nothing to compare "
                + "with: set baseline (-Dappintel.baseline=FILE), baselineArtifact "
                + "(-Dappintel.baselineArtifact=groupId:artifactId:version) or baselineGit (-Dappintel.baselineGit=REV)"));
        try {
            new SpecVerification(log()).compare(spec.toPath(), old, reportDirectory());
        } catch (SpecException e) {
            throw new MojoFailureException("appintel: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("appintel: " + e.getMessage(), e);
        }
    }
}
