package dev.appintel.generator.load;

import java.nio.file.Path;

/** Stage 1: reads a spec file with Swagger Parser, fully resolved, and locates its problems. */
public final class SpecLoader {

    /**
     * Loads and resolves the spec.
     *
     * @throws SpecException with every problem found, each located
     */
    public LoadedSpec load(Path spec) {
        throw new UnsupportedOperationException("TODO: stage 1");
    }
}
