package dev.appintel.generator.model;

import dev.appintel.generator.load.LoadedSpec;

/** Stage 2: turns a loaded spec into the generator's own model, deciding every Java name. */
public final class ModelBuilder {

    /**
     * Builds the model.
     *
     * @throws dev.appintel.generator.load.SpecException with every problem found, each located
     */
    public ApiModel build(LoadedSpec spec) {
        throw new UnsupportedOperationException("TODO: stage 2");
    }
}
