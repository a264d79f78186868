package dev.appintel.maven;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.verify.SpecVerification;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a spec before it is merged: lints it with the spec module's rules, then compares it with
 * a baseline (a file, an artifact, or by default the spec at git's merge-base with the default
 * branch). Lint problems fail the build, and so do changes that break clients or mock users,
 * unless {@code -Dappintel.allowBreakingChanges=true}. The report is logged and written under
 * {@code target/appintel/}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends SpecComparisonMojo {

    /** Accepts breaking changes: they are still reported, as warnings. */
    @Parameter(property = "appintel.allowBreakingChanges", defaultValue = "false")
    private boolean allowBreakingChanges;

    /**
     * Fails, instead of warning, on changes that break only strict clients: a value added to an
     * enum of an answer, which this project's client keeps but other generators' clients reject.
     */
    @Parameter(property = "appintel.strictEnums", defaultValue = "false")
    private boolean strictEnums;

    /**
     * The findings file of the contract tests: the baseline pact's interactions the new mock
     * breaks, each a breaking finding of the report. Read when it exists.
     */
    @Parameter(property = "appintel.contractFindings")
    private File contractFindings;

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
        requireSpec();
        SpecVerification.Verdict verdict;
        try {
            verdict = new SpecVerification(log()).verify(new SpecVerification.Options(spec.toPath(),
                    resolveBaseline(), reportDirectory(), lint, allowBreakingChanges, strictEnums,
                    Optional.ofNullable(contractFindings).map(File::toPath)));
        } catch (SpecException e) {
            throw new MojoFailureException("appintel: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("appintel: " + e.getMessage(), e);
        }
        if (!verdict.passed()) {
            throw new MojoFailureException(verdict.failure().orElseThrow());
        }
    }
}
