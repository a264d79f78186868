package dev.appintel.generator;

import dev.appintel.generator.load.SpecException;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import dev.appintel.generator.render.RenderException;
import dev.appintel.generator.render.Target;
import dev.appintel.generator.render.TargetOptions;
import dev.appintel.generator.render.Targets;
import dev.appintel.generator.write.OutputWriter;
import dev.appintel.generator.write.WriteException;
import dev.appintel.generator.write.WriteResult;

/**
 * The generator's one entry point: runs the four stages (load, model, render, write) for a
 * {@link GeneratorConfig}. Nothing is written unless the first three stages succeed, and the
 * write itself is all or nothing.
 */
public final class Generator {

    /**
     * Generates the target's files from the spec into the output directory.
     *
     * @throws SpecException   when the spec cannot be read or modelled, with every located problem
     * @throws RenderException when a template fails
     * @throws WriteException  when the output cannot be written; the previous output is then intact
     *                         unless the message says otherwise
     */
    public GenerationResult generate(GeneratorConfig config) {
        long start = System.nanoTime();
        Target target = Targets.byName(config.target()).orElseThrow(() -> GeneratorConfig.unknownTarget(config.target()));
        TargetOptions options = config.targetOptions();
        ApiModel model = new ModelBuilder().build(new SpecLoader().load(config.spec()));
        WriteResult written = new OutputWriter().write(config.outputDir(), target.render(model, options));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new GenerationResult(model.operations().size(), model.types().size(),
                written.written(), written.unchanged(), written.removed(), millis);
    }

    /**
     * The generator's version, e.g. {@code 0.1.0}; part of the Maven plugin's up-to-date check,
     * since another generator may write other files from the same spec. Reading it loads none of
     * the pipeline's classes.
     */
    public static String version() {
        return GeneratorVersion.VALUE;
    }
}
