package dev.appintel.generator.probe;

import dev.appintel.generator.load.LoadedSpec;
import dev.appintel.generator.load.SpecLoader;
import dev.appintel.generator.model.ApiModel;
import dev.appintel.generator.model.ModelBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The spec a probe checks the service against: as the generator's first two stages read it (the
 * document as written, for the validator; the model, for operations, parameters and rules).
 */
public record ProbeSpec(LoadedSpec loaded, ApiModel model) {

    /** Where the spec module's jar, and so the command-line jar, carries the API's spec. */
    public static final String BUNDLED = "openapi/app-intelligence.yaml";

    public ProbeSpec {
        Objects.requireNonNull(loaded, "loaded");
        Objects.requireNonNull(model, "model");
    }

    /**
     * Loads {@code file}, or without one the spec on the class path at {@link #BUNDLED}.
     *
     * @throws dev.appintel.generator.load.SpecException when the spec has problems
     * @throws MissingSpecException when no file is given and none is bundled
     */
    public static ProbeSpec load(Optional<Path> file) {
        LoadedSpec loaded = file.isPresent() ? new SpecLoader().load(file.get())
                : new SpecLoader().load("app-intelligence.yaml", bundled());
        return new ProbeSpec(loaded, new ModelBuilder().build(loaded));
    }

    /** Whether a spec is bundled, so that {@code --spec} may be left out. */
    public static boolean isBundled() {
        return ProbeSpec.class.getClassLoader().getResource(BUNDLED) != null;
    }

    private static byte[] bundled() {
        try (InputStream in = ProbeSpec.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new MissingSpecException("no spec given and none bundled (" + BUNDLED + "): give the spec file");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled spec " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /** No spec file was given and none is bundled: a usage error. */
    public static final class MissingSpecException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingSpecException(String message) {
            super(message);
        }
    }
}
