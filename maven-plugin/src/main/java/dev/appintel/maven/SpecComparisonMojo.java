package dev.appintel.maven;

import dev.appintel.generator.verify.Baseline;
import dev.appintel.generator.verify.GitBaseline;
import dev.appintel.generator.verify.VerificationLog;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What {@code appintel:verify} and {@code appintel:diff} share: the spec, the baseline (a file,
 * artifact coordinates, or by default the spec as git has it at the merge-base with the default
 * branch), and the report directory.
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

    /**
     * Without {@link #baseline} or {@link #baselineArtifact}: the git revision whose spec is the
     * baseline: {@code merge-base} (where this branch left the default branch), {@code last-tag}
     * (the newest {@code v*} tag), any revision, or {@code none}.
     */
    @Parameter(property = "appintel.baselineGit", defaultValue = GitBaseline.MERGE_BASE)
    protected String baselineGit;

    /**
     * Where the reports go: {@code spec-changes.md}, {@code spec-changes.json}, {@code CHANGELOG-section.md};
     * by default {@code target/appintel} of the project, or of the current directory outside a project.
     */
    @Parameter(property = "appintel.reportDirectory")
    private File reportDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Component
    private RepositorySystem repositorySystem;

    /** The report directory, as configured or by default. */
    protected Path reportDirectory() {
        if (reportDirectory != null) {
            return reportDirectory.toPath();
        }
        // Outside a project (requiresProject = false) Maven's stand-in project has no build
        // directory of its own: its ${project.build.directory} would be taken literally.
        return project.getFile() == null ? Path.of("target", "appintel")
                : Path.of(project.getBuild().getDirectory(), "appintel");
    }

    /** The baseline as configured, or read from git; empty (with the reason logged) when there is none. */
    protected Optional<Baseline> resolveBaseline() throws MojoFailureException {
        if (baseline != null && baselineArtifact != null && !baselineArtifact.isBlank()) {
            throw new MojoFailureException("appintel: give either baseline (" + baseline + ") or baselineArtifact ("
                    + baselineArtifact + "), not both");
        }
        if (baseline != null) {
            return Optional.of(BaselineResolver.fromFile(baseline));
        }
        if (baselineArtifact != null && !baselineArtifact.isBlank()) {
            return Optional.of(new BaselineResolver(repositorySystem, repositorySession,
                    project.getRemoteProjectRepositories()).fromArtifact(baselineArtifact,
                    Optional.ofNullable(baselineEntry).filter(entry -> !entry.isBlank())));
        }
        if (baselineGit == null || baselineGit.isBlank() || baselineGit.equals("none")) {
            getLog().info("appintel: no baseline (baseline, baselineArtifact or baselineGit), so the spec was not "
                    + "compared with one");
            return Optional.empty();
        }
        GitBaseline.Resolution resolution = new GitBaseline(spec.toPath()).resolve(baselineGit);
        getLog().info("appintel: " + (resolution.baseline().isPresent() ? resolution.explanation()
                : "no baseline, so the spec was not compared with one: " + resolution.explanation()));
        return resolution.baseline();
    }

    /** Maven's log, as the verification reports to it. */
    protected VerificationLog log() {
        return new VerificationLog() {
            @Override
            public void info(String line) {
                getLog().info(line);
            }

            @Override
            public void warn(String line) {
                getLog().warn(line);
            }

            @Override
            public void error(String line) {
                getLog().error(line);
            }
        };
    }

    /** Fails unless the spec file exists. */
    protected void requireSpec() throws MojoFailureException {
        if (!spec.isFile()) {
            throw new MojoFailureException("appintel: spec file not found: " + spec);
        }
    }
}
