package dev.appintel.maven;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.probe.ConsoleProbeReport;
import dev.appintel.generator.probe.Pacing;
import dev.appintel.generator.probe.Probe;
import dev.appintel.generator.probe.ProbeConfig;
import dev.appintel.generator.probe.ProbeReport;
import dev.appintel.generator.probe.ProbeReportFiles;
import dev.appintel.generator.probe.ProbeSpec;
import dev.appintel.generator.probe.Redactor;
import dev.appintel.generator.probe.ServiceUnreachableException;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Probes a running service for drift from the spec, as {@code appintel probe} does: every operation
 * called once with safe parameters, every answer checked, {@code probe-report.md} and
 * {@code probe-report.json} written. Drift fails the build unless {@code failOnDrift} is false;
 * a service that cannot be reached, or that answers no call with a success status, always does:
 * {@code mvn appintel:probe -Dappintel.probe.baseUrl=https://api.example.com} with the token in
 * {@code APPINTEL_TOKEN}.
 */
@Mojo(name = "probe", threadSafe = true, requiresProject = false)
public class ProbeMojo extends AbstractMojo {

    /** The service, e.g. {@code https://api.example.com} or {@code http://127.0.0.1:4010}. */
    @Parameter(property = "appintel.probe.baseUrl", required = true)
    String baseUrl;

    /** The token. Prefer {@link #tokenEnv}: a property may end up in a log or a shell history. */
    @Parameter(property = "appintel.probe.token")
    String token;

    /** The environment variable that holds the token, read when {@link #token} is not set. */
    @Parameter(property = "appintel.probe.tokenEnv", defaultValue = "APPINTEL_TOKEN")
    String tokenEnv;

    /** The spec to check against; by default the one bundled with the plugin. */
    @Parameter(property = "appintel.spec")
    File spec;

    /** Where the reports go; by default {@code target/appintel} of the project, or of the current directory. */
    @Parameter(property = "appintel.probe.outputDirectory")
    File outputDirectory;

    /** Fails the build when an answer drifts from the spec; notes on provisional shapes never do. */
    @Parameter(property = "appintel.probe.failOnDrift", defaultValue = "true")
    boolean failOnDrift;

    /** The longest wait for each answer, in seconds. */
    @Parameter(property = "appintel.probe.timeout", defaultValue = "20")
    int timeoutSeconds;

    /** The longest the whole probe may take, in seconds; later calls are not made. */
    @Parameter(property = "appintel.probe.budget", defaultValue = "300")
    int budgetSeconds;

    /** The wait between two requests, in milliseconds. */
    @Parameter(property = "appintel.probe.pause", defaultValue = "250")
    int pauseMillis;

    /** Skips the goal. */
    @Parameter(property = "appintel.probe.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The environment; replaced in tests. */
    UnaryOperator<String> environment = System::getenv;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("appintel: probe skipped");
            return;
        }
        String secret = token != null && !token.isBlank() ? token : environment.apply(tokenEnv);
        if (secret == null || secret.isBlank()) {
            throw new MojoFailureException("appintel: no token: set the environment variable " + tokenEnv
                    + " (or appintel.probe.tokenEnv to another one)");
        }
        Redactor redactor = new Redactor(secret);
        ProbeReport report;
        try {
            Pacing pacing = Pacing.DEFAULT.withRequestTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withBudget(Duration.ofSeconds(budgetSeconds)).withPause(Duration.ofMillis(pauseMillis));
            ProbeConfig config = ProbeConfig.of(URI.create(baseUrl), secret).withOutputDirectory(outputDirectory())
                    .withPacing(pacing);
            report = new Probe().run(spec == null ? config : config.withSpec(spec.toPath()));
        } catch (IllegalArgumentException | ProbeSpec.MissingSpecException e) {
            throw new MojoFailureException("appintel: " + redactor.redact(e.getMessage()));
        } catch (SpecException e) {
            throw new MojoFailureException("appintel: " + e.getMessage(), e);
        } catch (ServiceUnreachableException | UncheckedIOException e) {
            throw new MojoExecutionException("appintel: " + redactor.redact(e.getMessage()));
        }
        log(report);
        if (report.operationsChecked() == 0) {
            throw new MojoExecutionException("appintel: " + report.baseUrl() + " answered no call with a success status:"
                    + " nothing was checked (is the token valid?)");
        }
        if (report.hasDrift() && failOnDrift) {
            throw new MojoFailureException("appintel: " + ConsoleProbeReport.lines(report).get(0) + "; see "
                    + outputDirectory().resolve(ProbeReportFiles.MARKDOWN));
        }
    }

    private void log(ProbeReport report) {
        List<String> lines = ConsoleProbeReport.lines(report);
        getLog().info(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("  [drift]")) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        getLog().info("appintel: report in " + outputDirectory().resolve(ProbeReportFiles.MARKDOWN));
    }

    /** The report directory, as configured or by default. */
    Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        return project == null || project.getFile() == null ? ProbeConfig.DEFAULT_OUTPUT
                : Path.of(project.getBuild().getDirectory(), "appintel");
    }
}
