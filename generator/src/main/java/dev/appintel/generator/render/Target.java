package dev.appintel.generator.render;

import dev.appintel.generator.model.ApiModel;
import java.util.List;

/**
 * One kind of output (a Feign client, a mock server, ...): the third stage of the pipeline.
 * A target turns the model into file contents and does no I/O besides reading templates;
 * writing them is the writer's job.
 */
public interface Target {

    /**
     * Renders the model.
     *
     * @return the files, with paths relative to the output root, in a deterministic order
     * @throws RenderException when a template or its context is wrong
     */
    List<GeneratedFile> render(ApiModel model, TargetOptions options);
}
