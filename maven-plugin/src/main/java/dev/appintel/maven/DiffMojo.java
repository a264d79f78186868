package dev.appintel.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reports the changes from a baseline spec to the current one, each classed as breaking for
 * clients, breaking for mock users, or safe, without failing the build on them:
 * {@code mvn appintel:diff -Dappintel.baseline=old.yaml}.
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
        if (!hasBaseline()) {
            throw new MojoFailureException("appintel: nothing to compare with: set baseline (-Dappintel.baseline=FILE) "
                    + "or baselineArtifact (-Dappintel.baselineArtifact=groupId:artifactId:version)");
        }
        compare();
    }
}
