package dev.appintel.maven;

import dev.appintel.generator.diff.ChangeReport;
import dev.appintel.generator.diff.ConsoleReport;
import dev.appintel.generator.diff.ReportFiles;
import dev.appintel.generator.diff.SpecDiff;
import dev.appintel.generator.load.SpecException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What {@code appintel:verify} and {@code appintel:diff} share: the spec, the baseline (a file or
 * artifact coordinates), the report directory, and one comparison through the generator library.
 */
abstract class SpecComparisonMojo extends AbstractMojo {

    /** The current OpenAPI 3.0 spec. */
    @Parameter(property = "appintel.spec", required = true)
    protected File spec;

    /** The baseline spec as a file. Give this or {@link #baselineArtifact}, not both. */
    @Parameter(property = "appintel.baseline")
    protected File baseline;

    /**
     * The baseline spec as an artifact, {@code groupId:artifactId[:extension[:classifier]]:version},
     * for example the spec jar of the last release; a version range such as {@code [0,0.2.0)} takes
     * the highest version in it.
     */
    @Parameter(property = "appintel.baselineArtifact")
    protected String baselineArtifact;

    /** The spec's path inside {@link #baselineArtifact}; by default its only YAML or JSON file. */
    @Parameter(property = "appintel.baselineEntry")
    protected String baselineEntry;

    /** Where the reports go: {@code spec-changes.md}, {@code spec-changes.json}, {@code CHANGELOG-section.md}. */
    @Parameter(property = "appintel.reportDirectory", defaultValue = "${project.build.directory}/appintel")
    protected File reportDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Component
    private RepositorySystem repositorySystem;

    /** Whether a baseline was configured. */
    protected boolean hasBaseline() {
        return baseline != null || baselineArtifact != null && !baselineArtifact.isBlank();
    }

    /** Compares the spec with the baseline, writes the report files and logs the report. */
    protected ChangeReport compare() throws MojoExecutionException, MojoFailureException {
        byte[] current = readSpec();
        BaselineSpec old = baseline();
        ChangeReport report;
        try {
            report = new SpecDiff().compare(old.name(), old.content(), spec.getName(), current);
        } catch (SpecException e) {
            throw new MojoFailureException("appintel: " + e.getMessage(), e);
        }
        try {
            ReportFiles.write(report, reportDirectory.toPath());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("appintel: " + e.getMessage(), e);
        }
        log(report);
        return report;
    }

    private void log(ChangeReport report) {
        getLog().info("appintel: " + ConsoleReport.summary(report));
        List<String> lines = ConsoleReport.lines(report);
        for (int i = 0; i < lines.size(); i++) {
            if (report.changes().get(i).impact().breaking()) {
                getLog().warn("  " + lines.get(i));
            } else {
                getLog().info("  " + lines.get(i));
            }
        }
        getLog().info("appintel: report written to " + reportDirectory.toPath().resolve(ReportFiles.MARKDOWN)
                + " (also " + ReportFiles.JSON + " and " + ReportFiles.CHANGELOG + ")");
    }

    private byte[] readSpec() throws MojoFailureException {
        if (!spec.isFile()) {
            throw new MojoFailureException("appintel: spec file not found: " + spec);
        }
        try {
            return Files.readAllBytes(spec.toPath());
        } catch (IOException e) {
            throw new MojoFailureException("appintel: cannot read the spec " + spec + ": " + e.getMessage(), e);
        }
    }

    private BaselineSpec baseline() throws MojoFailureException {
        if (baseline != null && baselineArtifact != null && !baselineArtifact.isBlank()) {
            throw new MojoFailureException("appintel: give either baseline (" + baseline + ") or baselineArtifact ("
                    + baselineArtifact + "), not both");
        }
        if (baseline != null) {
            return BaselineResolver.fromFile(baseline);
        }
        return new BaselineResolver(repositorySystem, repositorySession, project.getRemoteProjectRepositories())
                .fromArtifact(baselineArtifact, Optional.ofNullable(baselineEntry).filter(entry -> !entry.isBlank()));
    }
}
