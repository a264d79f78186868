package dev.appintel.maven;

import dev.appintel.generator.GenerationResult;
import dev.appintel.generator.Generator;
import dev.appintel.generator.GeneratorConfig;
import dev.appintel.generator.load.SpecException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from an OpenAPI spec and adds them to the compile source roots. The run
 * is skipped, without reading the spec as OpenAPI, when its {@link Fingerprint} equals the one of
 * the last successful run of this execution and the output directory still exists.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The OpenAPI 3.0 spec to generate from. */
    @Parameter(required = true)
    private File spec;

    /** What to generate: the name of one of the generator's targets. */
    @Parameter(defaultValue = "feign-client")
    private String target;

    /** Where the files go; files the previous run wrote and this one does not are removed. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/appintel")
    private File outputDirectory;

    /** The Java package of the generated code. */
    @Parameter(required = true)
    private String basePackage;

    /** A directory of templates that replace the built-in ones of the same name. */
    @Parameter
    private File templateDirectory;

    /** Skips the goal: nothing is generated and no source root is added. */
    @Parameter(property = "appintel.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("appintel: skipped");
            return;
        }
        long start = System.nanoTime();
        project.addCompileSourceRoot(outputDirectory.getPath());
        GeneratorConfig config = config();
        Path stamp = Path.of(project.getBuild().getDirectory(), "appintel", execution.getExecutionId() + ".fingerprint");
        GeneratorIdentity generator = identify(stamp.resolveSibling("generator.identity"));
        String fingerprint = fingerprint(config, generator);
        if (fingerprint.equals(read(stamp)) && outputDirectory.isDirectory()) {
            getLog().info("appintel: up to date (checked in " + (System.nanoTime() - start) / 1_000_000 + " ms)");
            return;
        }
        getLog().info(generate(config).summary());
        store(stamp, fingerprint);
        remember(generator);
    }

    private GeneratorConfig config() throws MojoFailureException {
        if (!spec.isFile()) {
            throw new MojoFailureException("appintel: spec file not found: " + spec);
        }
        if (templateDirectory != null && !templateDirectory.isDirectory()) {
            throw new MojoFailureException("appintel: template directory not found: " + templateDirectory);
        }
        try {
            return new GeneratorConfig(spec.toPath(), target, outputDirectory.toPath(), basePackage,
                    Optional.ofNullable(templateDirectory).map(File::toPath));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("appintel: " + e.getMessage(), e);
        }
    }

    private static GeneratorIdentity identify(Path cache) throws MojoExecutionException {
        try {
            return GeneratorIdentity.of(Generator.version(), GeneratorIdentity.codeSourceOf(Generator.class), cache);
        } catch (IOException e) {
            throw new MojoExecutionException("appintel: cannot read the plugin's own jar: " + e, e);
        }
    }

    private static void remember(GeneratorIdentity generator) throws MojoExecutionException {
        try {
            generator.remember();
        } catch (IOException e) {
            throw new MojoExecutionException("appintel: cannot keep the generator's identity in " + generator.cache()
                    + ": " + e, e);
        }
    }

    private static String fingerprint(GeneratorConfig config, GeneratorIdentity generator) throws MojoExecutionException {
        try {
            return Fingerprint.of(config, generator.value());
        } catch (IOException e) {
            throw new MojoExecutionException("appintel: cannot read the inputs: " + e, e);
        }
    }

    /** The only method that runs the pipeline, so its classes are loaded only when it must run. */
    private static GenerationResult generate(GeneratorConfig config) throws MojoExecutionException, MojoFailureException {
        try {
            return new Generator().generate(config);
        } catch (SpecException e) {
            throw new MojoFailureException("appintel: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("appintel: " + e.getMessage(), e);
        }
    }

    private static String read(Path stamp) {
        try {
            return Files.readString(stamp, StandardCharsets.UTF_8);
        } catch (IOException noStampYet) {
            return "";
        }
    }

    private static void store(Path stamp, String fingerprint) throws MojoExecutionException {
        try {
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("appintel: cannot store the fingerprint in " + stamp + ": " + e, e);
        }
    }
}
